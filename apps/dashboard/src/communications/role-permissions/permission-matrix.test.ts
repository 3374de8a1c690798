import { describe, expect, it } from 'vitest';
import { allToggled, coverage, pairsOf, sameSelection, selectionOf, toggled } from './permission-matrix';

const pairs = (list: [number, number][]) =>
  list.map(([communicationTypeId, sendChannelTypeId]) => ({ communicationTypeId, sendChannelTypeId }));

describe('the permission matrix', () => {
  it('reads the pairs and gives them back ordered by type then channel', () => {
    expect(
      pairsOf(
        selectionOf(
          pairs([
            [4, 3],
            [1, 2],
            [1, 1],
          ]),
        ),
      ),
    ).toEqual(
      pairs([
        [1, 1],
        [1, 2],
        [4, 3],
      ]),
    );
  });

  it('toggles one cell', () => {
    const selection = selectionOf(pairs([[1, 1]]));
    expect(pairsOf(toggled(selection, 1, 2))).toEqual(
      pairs([
        [1, 1],
        [1, 2],
      ]),
    );
    expect(pairsOf(toggled(selection, 1, 1))).toEqual([]);
    expect(pairsOf(selection)).toEqual(pairs([[1, 1]]));
  });

  it('turns a whole row on, and off once it is all on', () => {
    const row = pairs([
      [2, 1],
      [2, 2],
      [2, 3],
    ]);
    const some = selectionOf(pairs([[2, 1]]));
    expect(coverage(some, row)).toBe('some');
    const all = allToggled(some, row);
    expect(coverage(all, row)).toBe('all');
    expect(coverage(allToggled(all, row), row)).toBe('none');
  });

  it('compares selections by their pairs', () => {
    expect(
      sameSelection(
        selectionOf(
          pairs([
            [1, 1],
            [2, 2],
          ]),
        ),
        selectionOf(
          pairs([
            [2, 2],
            [1, 1],
          ]),
        ),
      ),
    ).toBe(true);
    expect(sameSelection(selectionOf(pairs([[1, 1]])), selectionOf(pairs([[1, 2]])))).toBe(false);
  });
});

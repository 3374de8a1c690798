import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/Delete';
import { Alert, Box, Button, Chip, IconButton, Stack, TextField, Typography } from '@mui/material';
import type { VariableRow } from './compose-draft';
import { CLIENT_VARIABLES, variablesToGive } from './sample-values';

interface VariablesSectionProps {
  rows: VariableRow[];
  onChange(rows: VariableRow[]): void;
  /** The variables the chosen template uses ([] for none). */
  templateVariables: readonly string[];
  problem?: string;
}

/** Values every recipient's template gets (each client's own attributes are filled already). */
export function VariablesSection({ rows, onChange, templateVariables, problem }: VariablesSectionProps) {
  const toGive = variablesToGive(
    templateVariables,
    rows.map((row) => row.name.trim()),
  );
  const set = (index: number, change: Partial<VariableRow>) => onChange(rows.map((row, i) => (i === index ? { ...row, ...change } : row)));
  return (
    <Box component="section" aria-labelledby="compose-variables-title" sx={{ mt: 3 }}>
      <Typography id="compose-variables-title" variant="h6" component="h2" gutterBottom>
        Variables
      </Typography>
      <Typography variant="body2" color="text.secondary" gutterBottom>
        Each client’s own {CLIENT_VARIABLES.map((name) => `{{${name}}}`).join(', ')} are filled per recipient; values given here go to every
        recipient and win over those.
      </Typography>
      {toGive.length > 0 && (
        <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center', my: 1 }}>
          <Typography variant="body2">The template also needs:</Typography>
          {toGive.map((name) => (
            <Chip
              key={name}
              size="small"
              icon={<AddIcon />}
              label={`{{${name}}}`}
              onClick={() => onChange([...rows, { name, value: '' }])}
              aria-label={`Give {{${name}}} a value`}
            />
          ))}
        </Stack>
      )}
      {rows.map((row, index) => (
        <Stack key={index} direction="row" spacing={1} sx={{ alignItems: 'center', maxWidth: 720 }}>
          <TextField
            fullWidth={false}
            size="small"
            margin="dense"
            label="Variable"
            value={row.name}
            onChange={(event) => set(index, { name: event.target.value })}
          />
          <TextField
            size="small"
            margin="dense"
            label={row.name.trim() ? `Value of ${row.name.trim()}` : 'Value'}
            value={row.value}
            onChange={(event) => set(index, { value: event.target.value })}
            sx={{ flex: 1 }}
          />
          <IconButton aria-label={`Remove ${row.name || 'this variable'}`} onClick={() => onChange(rows.filter((_, i) => i !== index))}>
            <DeleteIcon />
          </IconButton>
        </Stack>
      ))}
      <Button size="small" startIcon={<AddIcon />} onClick={() => onChange([...rows, { name: '', value: '' }])} sx={{ mt: 1 }}>
        Add a variable
      </Button>
      {problem && (
        <Alert severity="error" sx={{ mt: 1 }}>
          {problem}
        </Alert>
      )}
    </Box>
  );
}

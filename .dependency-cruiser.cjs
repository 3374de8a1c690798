/**
 * The lib boundaries of ARCHITECTURE.md, checked on every import (tests included):
 * `apps → domain libs → platform`; `identity → customers → catalog → inventory → ordering → billing`;
 * `communications` and `support-hub` may use `customers` and `identity`; platform uses no lib. From
 * outside a lib only its entry (`@contactly/<lib>`), its test kit (`@contactly/<lib>/testing`, from
 * tests only) and its persistence (`@contactly/<lib>/persistence`: entity and migration classes, for the
 * app's data source only) may be imported: its entities, repositories and other files are its own.
 * `scripts/check-table-ownership.mjs` (run with this) checks that no lib queries another lib's tables.
 */

/** The domain libs in their one-way order: each may use those before it, never those after. */
const ORDER = ['identity', 'customers', 'catalog', 'inventory', 'ordering', 'billing'];
/** Libs beside the order and the libs each may use. */
const SIDE_LIBS = { communications: ['identity', 'customers'], 'support-hub': ['identity', 'customers'] };
const ALL_DOMAIN_LIBS = [...ORDER, ...Object.keys(SIDE_LIBS)];

const allowedFor = (lib) => (lib in SIDE_LIBS ? SIDE_LIBS[lib] : ORDER.slice(0, ORDER.indexOf(lib)));
const orderRules = ALL_DOMAIN_LIBS.map((lib) => {
  const forbidden = ALL_DOMAIN_LIBS.filter((other) => other !== lib && !allowedFor(lib).includes(other));
  return {
    name: `lib-order-${lib}`,
    comment: `${lib} may use ${allowedFor(lib).join(', ') || 'no domain lib'} (and platform) only: the lib order of ARCHITECTURE.md`,
    severity: 'error',
    from: { path: `^libs/${lib}/` },
    to: { path: `^libs/(${forbidden.join('|')})/` },
  };
});

/** A test file: a unit spec, a test or benchmark folder, or a lib's test kit. */
const TEST_FILES = '(\\.spec\\.ts$|\\.e2e-spec\\.ts$|^(libs|apps)/[^/]+/(test|bench)/|^libs/[^/]+/src/testing/|^bench/)';
/** Where a lib's persistence entry may be imported: the app composition building the data source, scripts, tests. */
const DATA_SOURCE_BUILDERS = ['^apps/api/src/', '^scripts/', TEST_FILES];

module.exports = {
  forbidden: [
    ...orderRules,
    {
      name: 'platform-uses-no-lib',
      comment: 'platform is the bottom layer: it names no domain lib and no app',
      severity: 'error',
      from: { path: '^libs/platform/' },
      to: { path: '^(libs/(?!platform/)|apps/)' },
    },
    {
      name: 'libs-use-no-app',
      comment:
        'apps compose libs, never the reverse. Lib tests may start the CRM and payment gateway simulators (stand-ins for external systems) through their entries.',
      severity: 'error',
      from: { path: '^libs/' },
      to: { path: '^apps/', pathNot: '^apps/(crm|payment-gateway)-simulator/src/index\\.ts$' },
    },
    {
      name: 'crm-simulators-only-in-tests',
      comment: 'only tests start the simulators from a lib',
      severity: 'error',
      from: { path: '^libs/', pathNot: TEST_FILES },
      to: { path: '^apps/' },
    },
    {
      name: 'no-lib-internals',
      comment:
        'from outside a lib import only @contactly/<lib>, @contactly/<lib>/testing or @contactly/<lib>/persistence: its entities, repositories and files are its own',
      severity: 'error',
      from: { path: '^(libs/([^/]+)/|apps/|bench/|scripts/)' },
      to: {
        path: '^libs/([^/]+)/',
        pathNot: ['^libs/$2/', '^libs/[^/]+/src/index\\.ts$', '^libs/[^/]+/src/testing/index\\.ts$', '^libs/[^/]+/src/persistence\\.ts$'],
      },
    },
    {
      name: 'lib-entry-by-its-name',
      comment: 'another lib is imported by its name (@contactly/<lib>), not by a relative path into its folder',
      severity: 'error',
      from: { path: '^(libs/([^/]+)/|apps/|bench/|scripts/)' },
      to: { path: '^libs/([^/]+)/', pathNot: '^libs/$2/', dependencyTypesNot: ['aliased-tsconfig-paths'] },
    },
    {
      name: 'test-kit-only-in-tests',
      comment: "a lib's test kit (@contactly/<lib>/testing) is for tests, never for what ships",
      severity: 'error',
      from: { pathNot: TEST_FILES },
      to: { path: '^libs/[^/]+/src/testing/' },
    },
    {
      name: 'persistence-only-for-the-data-source',
      comment:
        "a lib's persistence entry (@contactly/<lib>/persistence) hands out its entity classes: only the app composition, scripts and tests build a data source with it; a lib (its own included) never imports it, so no lib can query another lib's tables through it",
      severity: 'error',
      from: { pathNot: DATA_SOURCE_BUILDERS },
      to: { path: '^libs/[^/]+/src/persistence\\.ts$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist|apps/dashboard)/' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
      extensions: ['.ts', '.js', '.cjs', '.mjs', '.json'],
    },
    moduleSystems: ['es6', 'cjs'],
  },
};

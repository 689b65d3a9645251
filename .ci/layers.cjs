/**
 * The project's layers (dependency-cruiser rules), checked by `npm run check:layers`:
 *
 *   contract/   facts both sides share; imports nothing of the project and no package but zod
 *   cms/        the admin and its API; never imports site/ or ops/
 *   site/       the public site and print; reaches the CMS only through its loaders
 *               (REST) and contract/, never by import
 *   ops/        orchestration above both: npm start, the publishing worker, backup
 *   bench/      benchmarks; reaches tests/ only through the shared test kit
 *
 * and no cycles, between files or between folders.
 * @type {import('dependency-cruiser').IConfiguration}
 */
module.exports = {
  forbidden: [
    {
      name: 'contract-stands-alone',
      comment:
        'contract/ is the layer both sides import: node built-ins, itself and one package only, zod (the settings schema, contract/config.ts).',
      severity: 'error',
      from: { path: '^contract/' },
      to: { pathNot: ['^contract/', '^node:', '(^|/)node_modules/zod/'], dependencyTypesNot: ['core'] },
    },
    {
      name: 'islands-stay-small',
      comment:
        "The island bundle runs on residents' phones: it may share pure contract code (the survey's skip logic) but never zod, the admin or the site's build code. build.ts and the *Form.ts props files are the server's half.",
      severity: 'error',
      from: { path: '^site/islands/', pathNot: '^site/islands/(build|[a-z][A-Za-z]*Form)\\.ts$' },
      to: { path: ['(^|/)node_modules/zod/', '^contract/(participation|config|paths)\\.ts$'] },
    },
    {
      name: 'cms-not-above-site',
      comment: 'The CMS never imports the public site, the orchestration, benchmarks or tests.',
      severity: 'error',
      from: { path: '^cms/' },
      to: { path: '^(site|ops|bench|tests)/' },
    },
    {
      name: 'site-reaches-cms-by-rest',
      comment: 'The site reads the CMS through its loaders (REST) and shares only contract/ with it.',
      severity: 'error',
      from: { path: '^site/' },
      to: { path: '^(cms|ops|bench|tests)/' },
    },
    {
      name: 'pages-never-print',
      comment: 'Pages and their parts never import the print renderer (pdf-lib, sharp, the browser pool).',
      severity: 'error',
      from: { path: '^site/(views|components|layouts)/' },
      to: { path: '^site/print/' },
    },
    {
      name: 'ops-not-tests',
      comment: 'Orchestration does not import benchmarks or tests.',
      severity: 'error',
      from: { path: '^ops/' },
      to: { path: '^(bench|tests)/' },
    },
    {
      name: 'bench-through-the-test-kit',
      comment: 'Benchmarks reach the tests only through the shared test kit (tests/support/).',
      severity: 'error',
      from: { path: '^bench/' },
      to: { path: '^tests/', pathNot: '^tests/support/' },
    },
    {
      name: 'test-kit-not-bench',
      comment: 'The shared test kit does not import benchmarks (bench/ imports it).',
      severity: 'error',
      from: { path: '^tests/support/' },
      to: { path: '^bench/' },
    },
    {
      name: 'no-file-cycles',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-folder-cycles',
      severity: 'error',
      scope: 'folder',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Packages stay in the graph (not followed; dist/ only at the top, not a package's own) so that a rule can name them.
    exclude: { path: '(^|/)(\\.next|\\.astro|\\.data|media)/|^dist/|^cms/migrations/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.mjs', '.js', '.cjs', '.json'] },
  },
}

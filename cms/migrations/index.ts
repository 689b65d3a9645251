import * as migration_20261126_122007_initial from './20261126_122007_initial'
import * as migration_20261126_124344_figures_published_at from './20261126_124344_figures_published_at'

export const migrations = [
  {
    up: migration_20261126_122007_initial.up,
    down: migration_20261126_122007_initial.down,
    name: '20261126_122007_initial',
  },
  {
    up: migration_20261126_124344_figures_published_at.up,
    down: migration_20261126_124344_figures_published_at.down,
    name: '20261126_124344_figures_published_at',
  },
]

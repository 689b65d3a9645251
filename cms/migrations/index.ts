import * as migration_20261126_122007_initial from './20261126_122007_initial'
import * as migration_20261126_124344_figures_published_at from './20261126_124344_figures_published_at'
import * as migration_20261126_130243_content_model from './20261126_130243_content_model'

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
  {
    up: migration_20261126_130243_content_model.up,
    down: migration_20261126_130243_content_model.down,
    name: '20261126_130243_content_model',
  },
]

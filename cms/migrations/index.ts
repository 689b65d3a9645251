import * as migration_20261126_122007_initial from './20261126_122007_initial'

export const migrations = [
  {
    up: migration_20261126_122007_initial.up,
    down: migration_20261126_122007_initial.down,
    name: '20261126_122007_initial',
  },
]

import * as migration_20261124_091943_initial from './20261124_091943_initial';

export const migrations = [
  {
    up: migration_20261124_091943_initial.up,
    down: migration_20261124_091943_initial.down,
    name: '20261124_091943_initial'
  },
];

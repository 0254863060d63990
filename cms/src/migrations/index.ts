import * as migration_20261128_121711_initial from './20261128_121711_initial';

export const migrations = [
  {
    up: migration_20261128_121711_initial.up,
    down: migration_20261128_121711_initial.down,
    name: '20261128_121711_initial'
  },
];

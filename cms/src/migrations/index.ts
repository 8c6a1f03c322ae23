import * as migration_20261124_091943_initial from './20261124_091943_initial';
import * as migration_20261124_095322_site_builds from './20261124_095322_site_builds';
import * as migration_20261124_103751_calendar_imports from './20261124_103751_calendar_imports';
import * as migration_20261125_085202_import_source from './20261125_085202_import_source';
import * as migration_20261125_091834_overview from './20261125_091834_overview';

export const migrations = [
  {
    up: migration_20261124_091943_initial.up,
    down: migration_20261124_091943_initial.down,
    name: '20261124_091943_initial',
  },
  {
    up: migration_20261124_095322_site_builds.up,
    down: migration_20261124_095322_site_builds.down,
    name: '20261124_095322_site_builds',
  },
  {
    up: migration_20261124_103751_calendar_imports.up,
    down: migration_20261124_103751_calendar_imports.down,
    name: '20261124_103751_calendar_imports',
  },
  {
    up: migration_20261125_085202_import_source.up,
    down: migration_20261125_085202_import_source.down,
    name: '20261125_085202_import_source',
  },
  {
    up: migration_20261125_091834_overview.up,
    down: migration_20261125_091834_overview.down,
    name: '20261125_091834_overview',
  },
];

import Database from 'better-sqlite3';

/** One connection with the settings every Qyran connection uses, the writer's and the readers'. */
export function openDatabase(file: string, options: { readonly autoCheckpoint?: boolean } = {}): Database.Database {
  const db = new Database(file, { timeout: 5000 });
  // Takes effect when the file is created (before WAL mode). Commits write whole pages, one system call each, and
  // system calls are dear here (PTI): 16 KB pages cut them ~4x for the appended tables, whose rows dominate.
  db.pragma('page_size = 16384');
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('temp_store = MEMORY');
  // Large enough that the id indexes of a few million documents stay in memory during ingest.
  db.pragma('cache_size = -262144');
  db.pragma('foreign_keys = OFF');
  // Checkpoint the WAL every ~80 MB rather than 4 MB: bulk ingest rewrites the same index pages often.
  db.pragma(options.autoCheckpoint === false ? 'wal_autocheckpoint = 0' : 'wal_autocheckpoint = 20000');
  return db;
}

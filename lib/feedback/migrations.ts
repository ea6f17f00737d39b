import { sql, type Kysely } from 'kysely'
import type { Migration, MigrationProvider } from 'kysely/migration'

/**
 * Versioned migrations, applied in name order at start by Kysely's Migrator, which records them in
 * `kysely_migration` and holds a PostgreSQL advisory lock meanwhile, so two instances starting at once
 * apply each migration exactly once. Never edit a released migration: add the next one.
 *
 * Nothing that identifies a person has a column: no address, no user agent, no cookie. An address is held
 * only as a 16-bit bucket under a key that changes daily (tens of thousands of addresses share each).
 */
const migrations: Record<string, Migration> = {
  '001-feedback-report': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('feedback_report')
        .addColumn('id', 'bigint', (column) => column.primaryKey().generatedAlwaysAsIdentity())
        .addColumn('created_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
        .addColumn('locale', 'text', (column) => column.notNull())
        .addColumn('carrier', 'text', (column) => column.notNull())
        .addColumn('task', 'text', (column) => column.notNull())
        .addColumn('method', 'text', (column) => column.notNull())
        .addColumn('worked', 'boolean', (column) => column.notNull())
        .addColumn('reason', 'text')
        .addColumn('note', 'text', (column) => column.check(sql`char_length(note) <= 300`))
        .addColumn('country', 'text', (column) => column.check(sql`country ~ '^[A-Z]{2}$'`))
        .execute()
      await db.schema
        .createIndex('feedback_report_method')
        .on('feedback_report')
        .columns(['carrier', 'task', 'method', 'created_at'])
        .execute()
    },
  },
  /**
   * Issue 24: a retried report counts once (`token`, chosen by the form or the server, unique); "check
   * again" needs more than one source (`source`: a 16-bit bucket of the client's address under a key that
   * changes every UTC day and is deleted the day after, so it identifies no one, and one person on two
   * days counts as two); limits shared by every instance on one database (`feedback_limit`, rows kept for
   * the hour they count, keyed by the same buckets); the day's key (`feedback_day_key`).
   */
  '002-tokens-sources-limits': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .alterTable('feedback_report')
        .addColumn('token', 'text', (column) => column.unique().check(sql`token ~ '^[A-Za-z0-9_-]{16,64}$'`))
        .execute()
      await db.schema
        .alterTable('feedback_report')
        .addColumn('source', 'integer', (column) => column.check(sql`source between 0 and 65535`))
        .execute()
      await db.schema
        .createTable('feedback_limit')
        .addColumn('key', 'text', (column) => column.notNull())
        .addColumn('window_start', 'timestamptz', (column) => column.notNull())
        .addColumn('hits', 'integer', (column) => column.notNull())
        .addPrimaryKeyConstraint('feedback_limit_pkey', ['key', 'window_start'])
        .execute()
      await db.schema
        .createTable('feedback_day_key')
        .addColumn('day', 'text', (column) => column.primaryKey())
        .addColumn('key', 'text', (column) => column.notNull())
        .execute()
    },
  },
}

export const migrationProvider: MigrationProvider = { getMigrations: async () => migrations }

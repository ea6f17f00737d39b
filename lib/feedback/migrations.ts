import { sql, type Kysely } from 'kysely'
import type { Migration, MigrationProvider } from 'kysely/migration'

/**
 * Versioned migrations, applied in name order at start by Kysely's Migrator, which records them in
 * `kysely_migration` and holds a PostgreSQL advisory lock meanwhile, so two instances starting at once
 * apply each migration exactly once. Never edit a released migration: add the next one.
 *
 * Nothing that identifies a person has a column: no address, no user agent, no cookie, no hash of them.
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
}

export const migrationProvider: MigrationProvider = { getMigrations: async () => migrations }

import { index, pgTable, text, timestamp } from "drizzle-orm/pg-core";

import { users } from "./accounts";

/** A read-only link to a summary. Only a hash of the token is stored; the token is shown once. */
export const shareLinks = pgTable(
  "share_links",
  {
    id: text().primaryKey(),
    patientId: text()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    tokenHash: text().notNull().unique(),
    periodFrom: timestamp({ withTimezone: true }).notNull(),
    periodTo: timestamp({ withTimezone: true }).notNull(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    revokedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index().on(table.patientId)],
);

import { defineConfig } from "drizzle-kit";

// `pnpm db:generate` writes a new SQL migration into drizzle/ after a schema change. The app applies them itself.
export default defineConfig({
  dialect: "postgresql",
  schema: "./src/server/db/schema.ts",
  out: "./drizzle",
  casing: "snake_case",
});

import type { NextConfig } from "next";

// Validate the environment at start-up: a wrong variable stops `next build`, `next dev` and `next start`.
import "./src/env";

const nextConfig: NextConfig = {
  // PGlite loads its WebAssembly and data files from its own folder at run time: never bundle it.
  serverExternalPackages: ["@electric-sql/pglite", "pdfkit"],
  // NEXT_DIST_DIR lets a test or bench run build into its own folder (e.g. .next-e2e) while someone else's
  // `next build` uses .next in the same checkout. Unset: .next.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  poweredByHeader: false,
  reactStrictMode: true,
};

export default nextConfig;

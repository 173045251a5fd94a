import type { NextConfig } from "next";

// Validate the environment at start-up: a wrong variable stops `next build`, `next dev` and `next start`.
import "./src/env";

const nextConfig: NextConfig = {
  // PGlite loads its WebAssembly and data files from its own folder at run time: never bundle it.
  serverExternalPackages: ["@electric-sql/pglite", "pdfkit"],
  poweredByHeader: false,
  reactStrictMode: true,
};

export default nextConfig;

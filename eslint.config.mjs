import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

/** Imports that would give the matching engine I/O: it stays pure TypeScript. */
const IO_MODULES = ["fs", "node:*", "pg", "pg-*", "prisma", "@prisma/*", "next", "next/*", "server-only", "@/lib/db", "@/generated/*", "@electric-sql/*"];
/** Imports that reach data access: components render what they are given. */
const DATABASE_MODULES = ["@/lib/db", "**/lib/db", "@/generated/*", "**/generated/prisma/*", "@prisma/*", "prisma", "pg"];
const SERVICE_MODULES = ["@/lib/*/store", "@/lib/*/service"];

const config = [
  {
    ignores: ["node_modules/**", ".next*/**", "generated/**", ".data/**", "test-results/**", "playwright-report/**", "next-env.d.ts", "coverage/**"],
  },
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["warn", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
      "prefer-const": "warn",
      // Advisory React Compiler rule; a mounted flag set in an effect is the usual way to render only in the browser.
      "react-hooks/set-state-in-effect": "warn",
    },
  },
  {
    // Not React: functions named use* here (useDatabase) are not hooks.
    files: ["lib/cli/**", "prisma/**", "tests/**", "lib/env.ts"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  {
    files: ["lib/matching/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: IO_MODULES, message: "lib/matching is pure: no file system, database, network or framework imports." }] },
      ],
    },
  },
  {
    files: ["components/**/*.{ts,tsx}"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: DATABASE_MODULES, message: "Components do not reach the database: take data as props, or call a server action." },
            // Types and constants of a service are fine; its functions are not.
            { group: SERVICE_MODULES, allowTypeImports: true, allowImportNames: ["RETENTION_DAYS"], message: "Components do not call services: take data as props, or call a server action." },
          ],
        },
      ],
    },
  },
];

export default config;

// The frame every email shares: large, clear type, one column, high contrast, plain words.
import type { ReactNode } from "react";

const body = { fontFamily: "Arial, Helvetica, sans-serif", fontSize: "19px", lineHeight: "1.5", color: "#0b0c0c" };

export function EmailLayout({ title, children }: { title: string; children: ReactNode }) {
  return (
    <html lang="en">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{title}</title>
      </head>
      <body style={{ margin: 0, padding: "24px", backgroundColor: "#ffffff", ...body }}>
        <main style={{ maxWidth: "600px" }}>
          <h1 style={{ fontSize: "32px", lineHeight: "1.2", margin: "0 0 24px" }}>{title}</h1>
          {children}
        </main>
      </body>
    </html>
  );
}

export const paragraph = { fontSize: "19px", lineHeight: "1.5", margin: "0 0 20px" };

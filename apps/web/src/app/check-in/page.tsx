import type { Metadata } from "next";
import { connection } from "next/server";

import { CheckInForm } from "~/features/check-in/check-in-form";
import { newIdempotencyKey } from "~/features/check-in/handle-check-in-submission";

export const metadata: Metadata = { title: "Check in" };

const CheckInPage = async () => {
  // Each visit gets its own idempotency key, so the page is rendered per request.
  await connection();
  return (
    <CheckInForm
      initialState={{
        step: "red-flags",
        idempotencyKey: newIdempotencyKey(),
        values: {},
        errors: {},
      }}
    />
  );
};

export default CheckInPage;

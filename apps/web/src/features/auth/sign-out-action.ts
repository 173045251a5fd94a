"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";

import { getAuth } from "~/server/auth/get-auth";

/** Ends this session (deleted from the database) and goes home. */
export const signOutAction = async (): Promise<void> => {
  const auth = await getAuth();
  await auth.api.signOut({ headers: await headers() });
  redirect("/");
};

/** A share link as its owner sees it in the list (the token itself is shown only once, when made). */
export type ShareLink = {
  id: string;
  periodFrom: Date;
  periodTo: Date;
  expiresAt: Date;
  revokedAt: Date | null;
  createdAt: Date;
};

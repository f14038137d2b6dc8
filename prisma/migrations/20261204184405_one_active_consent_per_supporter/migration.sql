-- One active consent per member and supporter (issue 10). Before this, two posts at the same
-- moment could both create one. Any such pair is made one: the most recently changed consent stays
-- and the others are marked withdrawn at that moment by whoever recorded it, so they show as past.
UPDATE "SupporterConsent" AS older
SET "withdrawnAt" = kept."updatedAt", "withdrawnById" = kept."recordedById"
FROM (
  SELECT DISTINCT ON ("memberId", "supporterId") "id", "memberId", "supporterId", "updatedAt", "recordedById"
  FROM "SupporterConsent"
  WHERE "withdrawnAt" IS NULL
  ORDER BY "memberId", "supporterId", "updatedAt" DESC, "id" DESC
) AS kept
WHERE older."withdrawnAt" IS NULL
  AND older."memberId" = kept."memberId"
  AND older."supporterId" = kept."supporterId"
  AND older."id" <> kept."id";

-- CreateIndex
CREATE UNIQUE INDEX "SupporterConsent_active_key" ON "SupporterConsent"("memberId", "supporterId") WHERE ("withdrawnAt" IS NULL);

-- AlterEnum
-- CARRIED_FORWARD was never written: a carried item goes back to PROPOSED with carriedFromMeetingId
-- set. Any stray row is moved the same way so the type change cannot fail (issue 10).
BEGIN;
UPDATE "AgendaItem" SET "status" = 'PROPOSED' WHERE "status" = 'CARRIED_FORWARD';
CREATE TYPE "AgendaItemStatus_new" AS ENUM ('PROPOSED', 'ON_AGENDA', 'WITHDRAWN', 'FORWARDED');
ALTER TABLE "public"."AgendaItem" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "AgendaItem" ALTER COLUMN "status" TYPE "AgendaItemStatus_new" USING ("status"::text::"AgendaItemStatus_new");
ALTER TYPE "AgendaItemStatus" RENAME TO "AgendaItemStatus_old";
ALTER TYPE "AgendaItemStatus_new" RENAME TO "AgendaItemStatus";
DROP TYPE "public"."AgendaItemStatus_old";
ALTER TABLE "AgendaItem" ALTER COLUMN "status" SET DEFAULT 'PROPOSED';
COMMIT;

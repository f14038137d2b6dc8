-- CreateEnum
CREATE TYPE "AgendaEntryKind" AS ENUM ('ITEM', 'BREAK');

-- CreateEnum
CREATE TYPE "NotificationStatus" AS ENUM ('PENDING', 'SENT', 'FAILED', 'TO_DO', 'DONE');

-- AlterEnum
ALTER TYPE "AgendaItemStatus" ADD VALUE 'FORWARDED';

-- AlterTable
ALTER TABLE "AgendaItem" DROP COLUMN "position",
ADD COLUMN     "carriedFromMeetingId" TEXT,
ADD COLUMN     "enteredById" TEXT,
ADD COLUMN     "forwardedFromItemId" TEXT,
ADD COLUMN     "forwardedFromPanelId" TEXT,
ADD COLUMN     "paperLink" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "paperReceivedAt" TIMESTAMP(3),
ADD COLUMN     "spokeView" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN     "onBehalfOfId" TEXT;

-- AlterTable
ALTER TABLE "CommunicationNeeds" ADD COLUMN     "reminderSentAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Membership" ADD COLUMN     "consentRecordedAt" TIMESTAMP(3),
ADD COLUMN     "consentRecordedById" TEXT,
ADD COLUMN     "joinedVia" TEXT NOT NULL DEFAULT 'ADMIN';

-- AlterTable
ALTER TABLE "Person" ADD COLUMN     "anonymisedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "PriorityVote" ADD COLUMN     "enteredById" TEXT;

-- CreateTable
CREATE TABLE "PanelInvitation" (
    "id" TEXT NOT NULL,
    "panelId" TEXT NOT NULL,
    "role" "PanelRole" NOT NULL DEFAULT 'MEMBER',
    "tokenHash" TEXT NOT NULL,
    "name" TEXT NOT NULL DEFAULT '',
    "email" TEXT NOT NULL DEFAULT '',
    "maxUses" INTEGER NOT NULL DEFAULT 1,
    "uses" INTEGER NOT NULL DEFAULT 0,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "revokedAt" TIMESTAMP(3),
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PanelInvitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PersonOrganisation" (
    "personId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PersonOrganisation_pkey" PRIMARY KEY ("personId","organisationId")
);

-- CreateTable
CREATE TABLE "SupporterConsent" (
    "id" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,
    "supporterId" TEXT NOT NULL,
    "relationship" TEXT NOT NULL,
    "scopes" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "consentedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "recordedById" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "withdrawnAt" TIMESTAMP(3),
    "withdrawnById" TEXT,

    CONSTRAINT "SupporterConsent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgendaEntry" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" "AgendaEntryKind" NOT NULL,
    "itemId" TEXT,
    "minutes" INTEGER NOT NULL,
    "presenter" TEXT NOT NULL DEFAULT '',
    "title" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "AgendaEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgendaPublication" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "reason" TEXT NOT NULL DEFAULT '',
    "changes" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "snapshot" JSONB NOT NULL,
    "publishedById" TEXT NOT NULL,
    "publishedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AgendaPublication_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "panelId" TEXT,
    "meetingId" TEXT,
    "kind" TEXT NOT NULL,
    "channel" "ContactMethod" NOT NULL,
    "address" TEXT NOT NULL DEFAULT '',
    "format" "PaperFormat" NOT NULL DEFAULT 'STANDARD',
    "subject" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "status" "NotificationStatus" NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMP(3),
    "doneAt" TIMESTAMP(3),
    "doneById" TEXT,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PanelInvitation_tokenHash_key" ON "PanelInvitation"("tokenHash");

-- CreateIndex
CREATE INDEX "PanelInvitation_panelId_idx" ON "PanelInvitation"("panelId");

-- CreateIndex
CREATE INDEX "PersonOrganisation_organisationId_idx" ON "PersonOrganisation"("organisationId");

-- CreateIndex
CREATE INDEX "SupporterConsent_memberId_idx" ON "SupporterConsent"("memberId");

-- CreateIndex
CREATE INDEX "SupporterConsent_supporterId_idx" ON "SupporterConsent"("supporterId");

-- CreateIndex
CREATE UNIQUE INDEX "AgendaEntry_itemId_key" ON "AgendaEntry"("itemId");

-- CreateIndex
CREATE INDEX "AgendaEntry_meetingId_position_idx" ON "AgendaEntry"("meetingId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "AgendaPublication_meetingId_version_key" ON "AgendaPublication"("meetingId", "version");

-- CreateIndex
CREATE INDEX "Notification_status_createdAt_idx" ON "Notification"("status", "createdAt");

-- CreateIndex
CREATE INDEX "Notification_personId_idx" ON "Notification"("personId");

-- CreateIndex
CREATE INDEX "Notification_meetingId_idx" ON "Notification"("meetingId");

-- CreateIndex
CREATE UNIQUE INDEX "AgendaItem_forwardedFromItemId_key" ON "AgendaItem"("forwardedFromItemId");

-- CreateIndex
CREATE INDEX "AuditEvent_onBehalfOfId_idx" ON "AuditEvent"("onBehalfOfId");

-- AddForeignKey
ALTER TABLE "PanelInvitation" ADD CONSTRAINT "PanelInvitation_panelId_fkey" FOREIGN KEY ("panelId") REFERENCES "Panel"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PersonOrganisation" ADD CONSTRAINT "PersonOrganisation_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PersonOrganisation" ADD CONSTRAINT "PersonOrganisation_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupporterConsent" ADD CONSTRAINT "SupporterConsent_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupporterConsent" ADD CONSTRAINT "SupporterConsent_supporterId_fkey" FOREIGN KEY ("supporterId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_carriedFromMeetingId_fkey" FOREIGN KEY ("carriedFromMeetingId") REFERENCES "Meeting"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_forwardedFromItemId_fkey" FOREIGN KEY ("forwardedFromItemId") REFERENCES "AgendaItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_forwardedFromPanelId_fkey" FOREIGN KEY ("forwardedFromPanelId") REFERENCES "Panel"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaEntry" ADD CONSTRAINT "AgendaEntry_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaEntry" ADD CONSTRAINT "AgendaEntry_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "AgendaItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaPublication" ADD CONSTRAINT "AgendaPublication_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE SET NULL ON UPDATE CASCADE;

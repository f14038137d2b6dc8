-- CreateEnum
CREATE TYPE "AgendaItemType" AS ENUM ('DECISION', 'DISCUSSION', 'INFORMATION', 'REPORT_BACK');

-- CreateEnum
CREATE TYPE "AgendaItemStatus" AS ENUM ('PROPOSED', 'ON_AGENDA', 'CARRIED_FORWARD', 'WITHDRAWN');

-- CreateTable
CREATE TABLE "AgendaItem" (
    "id" TEXT NOT NULL,
    "panelId" TEXT NOT NULL,
    "meetingId" TEXT,
    "title" TEXT NOT NULL,
    "about" TEXT NOT NULL,
    "whyItMatters" TEXT NOT NULL DEFAULT '',
    "type" "AgendaItemType" NOT NULL,
    "presenter" TEXT NOT NULL DEFAULT '',
    "minutesNeeded" INTEGER NOT NULL DEFAULT 15,
    "relatedRecommendations" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "councilDecision" TEXT NOT NULL DEFAULT '',
    "councilDecisionDate" TIMESTAMP(3),
    "status" "AgendaItemStatus" NOT NULL DEFAULT 'PROPOSED',
    "position" INTEGER,
    "proposedById" TEXT NOT NULL,
    "proposedAs" TEXT NOT NULL,
    "shapedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AgendaItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PriorityVote" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "weight" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PriorityVote_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AgendaItem_panelId_status_idx" ON "AgendaItem"("panelId", "status");

-- CreateIndex
CREATE INDEX "AgendaItem_meetingId_idx" ON "AgendaItem"("meetingId");

-- CreateIndex
CREATE UNIQUE INDEX "PriorityVote_meetingId_personId_weight_key" ON "PriorityVote"("meetingId", "personId", "weight");

-- CreateIndex
CREATE UNIQUE INDEX "PriorityVote_meetingId_personId_itemId_key" ON "PriorityVote"("meetingId", "personId", "itemId");

-- AddForeignKey
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_panelId_fkey" FOREIGN KEY ("panelId") REFERENCES "Panel"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PriorityVote" ADD CONSTRAINT "PriorityVote_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PriorityVote" ADD CONSTRAINT "PriorityVote_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "AgendaItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PriorityVote" ADD CONSTRAINT "PriorityVote_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

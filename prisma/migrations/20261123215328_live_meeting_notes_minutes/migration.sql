-- CreateEnum
CREATE TYPE "NoteKind" AS ENUM ('POINT', 'DECISION', 'ACTION', 'QUESTION');

-- CreateEnum
CREATE TYPE "ActionStatus" AS ENUM ('OPEN', 'DONE', 'DROPPED');

-- CreateEnum
CREATE TYPE "LiveAnnouncements" AS ENUM ('ALL', 'IMPORTANT', 'NONE');

-- CreateEnum
CREATE TYPE "MinutesStatus" AS ENUM ('DRAFT', 'SHARED', 'APPROVED');

-- AlterTable
ALTER TABLE "Meeting" ADD COLUMN     "currentEntryId" TEXT,
ADD COLUMN     "liveEndedAt" TIMESTAMP(3),
ADD COLUMN     "liveStartedAt" TIMESTAMP(3),
ADD COLUMN     "onBreakSince" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "claimedUntil" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "MeetingNoteTaker" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "namedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MeetingNoteTaker_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingTimeline" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "entryId" TEXT,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "byId" TEXT NOT NULL,

    CONSTRAINT "MeetingTimeline_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingNote" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "itemId" TEXT,
    "kind" "NoteKind" NOT NULL,
    "text" TEXT NOT NULL,
    "agreedBy" TEXT NOT NULL DEFAULT '',
    "ownerId" TEXT,
    "ownerName" TEXT NOT NULL DEFAULT '',
    "dueOn" TIMESTAMP(3),
    "recommendations" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "actionStatus" "ActionStatus",
    "actionDoneAt" TIMESTAMP(3),
    "actionUpdatedById" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "authorId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MeetingNote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingNoteVersion" (
    "id" TEXT NOT NULL,
    "noteId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "kind" "NoteKind" NOT NULL,
    "text" TEXT NOT NULL,
    "agreedBy" TEXT NOT NULL DEFAULT '',
    "ownerId" TEXT,
    "ownerName" TEXT NOT NULL DEFAULT '',
    "dueOn" TIMESTAMP(3),
    "recommendations" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "editedById" TEXT NOT NULL,
    "editedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "clientEditId" TEXT NOT NULL,

    CONSTRAINT "MeetingNoteVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingNoteDraft" (
    "meetingId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "itemId" TEXT,
    "kind" "NoteKind" NOT NULL DEFAULT 'POINT',
    "text" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MeetingNoteDraft_pkey" PRIMARY KEY ("meetingId","personId")
);

-- CreateTable
CREATE TABLE "MeetingHand" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "aboutAccess" BOOLEAN NOT NULL DEFAULT false,
    "raisedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "loweredAt" TIMESTAMP(3),
    "loweredById" TEXT,

    CONSTRAINT "MeetingHand_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingConfusion" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "itemId" TEXT,
    "personId" TEXT NOT NULL,
    "word" TEXT NOT NULL DEFAULT '',
    "anonymous" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolvedAt" TIMESTAMP(3),

    CONSTRAINT "MeetingConfusion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingMessage" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "text" TEXT NOT NULL DEFAULT '',
    "anonymous" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "seenAt" TIMESTAMP(3),
    "seenById" TEXT,

    CONSTRAINT "MeetingMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LivePreferences" (
    "personId" TEXT NOT NULL,
    "announcements" "LiveAnnouncements" NOT NULL DEFAULT 'ALL',
    "easyView" BOOLEAN NOT NULL DEFAULT false,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LivePreferences_pkey" PRIMARY KEY ("personId")
);

-- CreateTable
CREATE TABLE "Minutes" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "status" "MinutesStatus" NOT NULL DEFAULT 'DRAFT',
    "text" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "builtById" TEXT NOT NULL,
    "builtAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sharedAt" TIMESTAMP(3),
    "approvedAt" TIMESTAMP(3),
    "approvedAtMeetingId" TEXT,
    "approvedById" TEXT,
    "publishedAt" TIMESTAMP(3),
    "public" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "Minutes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MinutesVersion" (
    "id" TEXT NOT NULL,
    "minutesId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "editedById" TEXT NOT NULL,
    "editedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MinutesVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MinutesComment" (
    "id" TEXT NOT NULL,
    "minutesId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MinutesComment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "MeetingNoteTaker_meetingId_personId_key" ON "MeetingNoteTaker"("meetingId", "personId");

-- CreateIndex
CREATE INDEX "MeetingTimeline_meetingId_startedAt_idx" ON "MeetingTimeline"("meetingId", "startedAt");

-- CreateIndex
CREATE INDEX "MeetingNote_meetingId_itemId_idx" ON "MeetingNote"("meetingId", "itemId");

-- CreateIndex
CREATE INDEX "MeetingNote_ownerId_actionStatus_idx" ON "MeetingNote"("ownerId", "actionStatus");

-- CreateIndex
CREATE UNIQUE INDEX "MeetingNote_meetingId_seq_key" ON "MeetingNote"("meetingId", "seq");

-- CreateIndex
CREATE UNIQUE INDEX "MeetingNoteVersion_clientEditId_key" ON "MeetingNoteVersion"("clientEditId");

-- CreateIndex
CREATE UNIQUE INDEX "MeetingNoteVersion_noteId_version_key" ON "MeetingNoteVersion"("noteId", "version");

-- CreateIndex
CREATE INDEX "MeetingHand_meetingId_loweredAt_idx" ON "MeetingHand"("meetingId", "loweredAt");

-- CreateIndex
CREATE INDEX "MeetingConfusion_meetingId_createdAt_idx" ON "MeetingConfusion"("meetingId", "createdAt");

-- CreateIndex
CREATE INDEX "MeetingMessage_meetingId_createdAt_idx" ON "MeetingMessage"("meetingId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Minutes_meetingId_key" ON "Minutes"("meetingId");

-- CreateIndex
CREATE UNIQUE INDEX "MinutesVersion_minutesId_version_key" ON "MinutesVersion"("minutesId", "version");

-- CreateIndex
CREATE INDEX "MinutesComment_minutesId_createdAt_idx" ON "MinutesComment"("minutesId", "createdAt");

-- AddForeignKey
ALTER TABLE "MeetingNoteTaker" ADD CONSTRAINT "MeetingNoteTaker_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingTimeline" ADD CONSTRAINT "MeetingTimeline_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingNote" ADD CONSTRAINT "MeetingNote_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingNoteVersion" ADD CONSTRAINT "MeetingNoteVersion_noteId_fkey" FOREIGN KEY ("noteId") REFERENCES "MeetingNote"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingNoteDraft" ADD CONSTRAINT "MeetingNoteDraft_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingHand" ADD CONSTRAINT "MeetingHand_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingConfusion" ADD CONSTRAINT "MeetingConfusion_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingMessage" ADD CONSTRAINT "MeetingMessage_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Minutes" ADD CONSTRAINT "Minutes_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Minutes" ADD CONSTRAINT "Minutes_approvedAtMeetingId_fkey" FOREIGN KEY ("approvedAtMeetingId") REFERENCES "Meeting"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MinutesVersion" ADD CONSTRAINT "MinutesVersion_minutesId_fkey" FOREIGN KEY ("minutesId") REFERENCES "Minutes"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MinutesComment" ADD CONSTRAINT "MinutesComment_minutesId_fkey" FOREIGN KEY ("minutesId") REFERENCES "Minutes"("id") ON DELETE CASCADE ON UPDATE CASCADE;

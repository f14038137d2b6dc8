-- CreateEnum
CREATE TYPE "PaperFormat" AS ENUM ('STANDARD', 'LARGE_PRINT', 'EASY_READ', 'AUDIO', 'BRAILLE', 'PLAIN_TEXT', 'OTHER_LANGUAGE');

-- CreateEnum
CREATE TYPE "ContactMethod" AS ENUM ('EMAIL', 'POST', 'PHONE', 'TEXT_MESSAGE', 'VIA_SUPPORTER');

-- CreateEnum
CREATE TYPE "AttendanceMode" AS ENUM ('IN_PERSON', 'ONLINE', 'APOLOGIES');

-- AlterTable
ALTER TABLE "Panel" ADD COLUMN     "papersDeadlineDays" INTEGER NOT NULL DEFAULT 7;

-- AlterTable
ALTER TABLE "Person" ADD COLUMN     "groups" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "phone" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "postalAddress" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "preferredName" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "pronouns" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "removalRequestedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "CommunicationNeeds" (
    "personId" TEXT NOT NULL,
    "paperFormat" "PaperFormat" NOT NULL DEFAULT 'STANDARD',
    "largePrintPointSize" INTEGER,
    "brailleGrade" INTEGER,
    "language" TEXT NOT NULL DEFAULT '',
    "contactMethod" "ContactMethod" NOT NULL DEFAULT 'EMAIL',
    "supporterContact" TEXT NOT NULL DEFAULT '',
    "meetingSupport" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "physicalAccess" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "dietaryNeeds" TEXT NOT NULL DEFAULT '',
    "inOwnWords" TEXT NOT NULL DEFAULT '',
    "shareWithStaff" BOOLEAN NOT NULL DEFAULT false,
    "reviewedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" TEXT,

    CONSTRAINT "CommunicationNeeds_pkey" PRIMARY KEY ("personId")
);

-- CreateTable
CREATE TABLE "GlossaryTerm" (
    "id" TEXT NOT NULL,
    "panelId" TEXT NOT NULL,
    "term" TEXT NOT NULL,
    "explanation" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "GlossaryTerm_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GlossaryTermVersion" (
    "id" TEXT NOT NULL,
    "termId" TEXT NOT NULL,
    "term" TEXT NOT NULL,
    "explanation" TEXT NOT NULL,
    "editedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GlossaryTermVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TermsOfReferenceVersion" (
    "id" TEXT NOT NULL,
    "panelId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "editedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TermsOfReferenceVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Meeting" (
    "id" TEXT NOT NULL,
    "panelId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "venueName" TEXT NOT NULL DEFAULT '',
    "venueAddress" TEXT NOT NULL DEFAULT '',
    "venueAccess" TEXT NOT NULL DEFAULT '',
    "onlineLink" TEXT NOT NULL DEFAULT '',
    "papersDeadline" TIMESTAMP(3) NOT NULL,
    "cancelledAt" TIMESTAMP(3),
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Meeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CouncilDecisionDate" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "decidesOn" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CouncilDecisionDate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingReply" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "mode" "AttendanceMode" NOT NULL,
    "meetingSupport" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "physicalAccess" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "dietaryNeeds" TEXT NOT NULL DEFAULT '',
    "otherNeeds" TEXT NOT NULL DEFAULT '',
    "travelNeeded" BOOLEAN NOT NULL DEFAULT false,
    "repliedById" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MeetingReply_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Attendance" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "mode" "AttendanceMode" NOT NULL,
    "recordedById" TEXT,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Attendance_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "GlossaryTerm_panelId_term_key" ON "GlossaryTerm"("panelId", "term");

-- CreateIndex
CREATE INDEX "GlossaryTermVersion_termId_idx" ON "GlossaryTermVersion"("termId");

-- CreateIndex
CREATE INDEX "TermsOfReferenceVersion_panelId_idx" ON "TermsOfReferenceVersion"("panelId");

-- CreateIndex
CREATE INDEX "Meeting_panelId_startsAt_idx" ON "Meeting"("panelId", "startsAt");

-- CreateIndex
CREATE INDEX "CouncilDecisionDate_meetingId_idx" ON "CouncilDecisionDate"("meetingId");

-- CreateIndex
CREATE UNIQUE INDEX "MeetingReply_meetingId_personId_key" ON "MeetingReply"("meetingId", "personId");

-- CreateIndex
CREATE UNIQUE INDEX "Attendance_meetingId_personId_key" ON "Attendance"("meetingId", "personId");

-- AddForeignKey
ALTER TABLE "CommunicationNeeds" ADD CONSTRAINT "CommunicationNeeds_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GlossaryTerm" ADD CONSTRAINT "GlossaryTerm_panelId_fkey" FOREIGN KEY ("panelId") REFERENCES "Panel"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GlossaryTermVersion" ADD CONSTRAINT "GlossaryTermVersion_termId_fkey" FOREIGN KEY ("termId") REFERENCES "GlossaryTerm"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TermsOfReferenceVersion" ADD CONSTRAINT "TermsOfReferenceVersion_panelId_fkey" FOREIGN KEY ("panelId") REFERENCES "Panel"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_panelId_fkey" FOREIGN KEY ("panelId") REFERENCES "Panel"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CouncilDecisionDate" ADD CONSTRAINT "CouncilDecisionDate_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingReply" ADD CONSTRAINT "MeetingReply_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingReply" ADD CONSTRAINT "MeetingReply_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attendance" ADD CONSTRAINT "Attendance_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attendance" ADD CONSTRAINT "Attendance_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

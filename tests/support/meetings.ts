// Meeting factories: a meeting straight into the database (past or future, cancelled or not),
// replies and a communication needs record, for tests that start from an existing state.
import type { AttendanceMode } from "../../app/generated/prisma/enums.ts";
import { utcToZonedDateTime } from "../../app/dates.ts";
import { db } from "../../app/services.server.ts";

const DAY = 86_400_000;

/** A wall-clock date in London this many days from now, as a date field takes it. */
export function londonDate(daysFromNow: number): string {
  return utcToZonedDateTime(new Date(Date.now() + daysFromNow * DAY), "Europe/London").date;
}

export async function createMeeting(
  panelId: string,
  data: {
    title?: string;
    startsAt?: Date;
    hours?: number;
    venueName?: string;
    venueAddress?: string;
    venueAccess?: string;
    onlineLink?: string;
    cancelled?: boolean;
  } = {},
) {
  const startsAt = data.startsAt ?? new Date(Date.now() + 14 * DAY);
  return db().meeting.create({
    data: {
      panelId,
      title: data.title ?? "Panel meeting",
      startsAt,
      endsAt: new Date(startsAt.getTime() + (data.hours ?? 2) * 3_600_000),
      venueName: data.venueName ?? "Civic Centre",
      venueAddress: data.venueAddress ?? "",
      venueAccess: data.venueAccess ?? "",
      onlineLink: data.onlineLink ?? "https://meet.example.org/panel",
      papersDeadline: new Date(startsAt.getTime() - 7 * DAY),
      cancelledAt: data.cancelled ? new Date() : null,
    },
  });
}

export async function createReply(
  meetingId: string,
  personId: string,
  mode: AttendanceMode,
  needs: { meetingSupport?: string[]; physicalAccess?: string[]; dietaryNeeds?: string; otherNeeds?: string; travelNeeded?: boolean } = {},
) {
  return db().meetingReply.create({ data: { meetingId, personId, mode, repliedById: personId, ...needs } });
}

export async function createNeeds(
  personId: string,
  needs: { meetingSupport?: string[]; physicalAccess?: string[]; dietaryNeeds?: string } = {},
) {
  return db().communicationNeeds.create({ data: { personId, ...needs } });
}

// The words for communication needs (NHS Accessible Information Standard: identify, record,
// flag, share, meet). Stored as codes; shown with these labels. Browser-safe: no server imports.

export const PAPER_FORMATS = ["STANDARD", "LARGE_PRINT", "EASY_READ", "AUDIO", "BRAILLE", "PLAIN_TEXT", "OTHER_LANGUAGE"] as const;
export type PaperFormatCode = (typeof PAPER_FORMATS)[number];

export const paperFormatLabels: Record<PaperFormatCode, string> = {
  STANDARD: "Standard print",
  LARGE_PRINT: "Large print",
  EASY_READ: "Easy read",
  AUDIO: "Audio",
  BRAILLE: "Braille",
  PLAIN_TEXT: "Plain text for a screen reader",
  OTHER_LANGUAGE: "Another language",
};

export const CONTACT_METHODS = ["EMAIL", "POST", "PHONE", "TEXT_MESSAGE", "VIA_SUPPORTER"] as const;
type ContactMethodCode = (typeof CONTACT_METHODS)[number];

export const contactMethodLabels: Record<ContactMethodCode, string> = {
  EMAIL: "Email",
  POST: "Post",
  PHONE: "Phone call",
  TEXT_MESSAGE: "Text message",
  VIA_SUPPORTER: "Through a named supporter",
};

export const MEETING_SUPPORT = [
  "BSL_INTERPRETER",
  "LIPSPEAKER",
  "HEARING_LOOP",
  "DEAFBLIND_INTERPRETER",
  "SUPPORT_WORKER",
  "MORE_TIME",
  "BREAKS",
  "QUIET_SPACE",
] as const;
export type MeetingSupportCode = (typeof MEETING_SUPPORT)[number];

export const meetingSupportLabels: Record<MeetingSupportCode, string> = {
  BSL_INTERPRETER: "BSL interpreter",
  LIPSPEAKER: "Lipspeaker",
  HEARING_LOOP: "Hearing loop",
  DEAFBLIND_INTERPRETER: "Deafblind interpreter",
  SUPPORT_WORKER: "Support worker or personal assistant attending",
  MORE_TIME: "More time",
  BREAKS: "Breaks",
  QUIET_SPACE: "Quiet space",
};

export const PHYSICAL_ACCESS = ["STEP_FREE", "ACCESSIBLE_TOILET", "PARKING"] as const;
export type PhysicalAccessCode = (typeof PHYSICAL_ACCESS)[number];

export const physicalAccessLabels: Record<PhysicalAccessCode, string> = {
  STEP_FREE: "Step-free access",
  ACCESSIBLE_TOILET: "Accessible toilet",
  PARKING: "Parking close to the door",
};

// The demo panel's glossary, from the SCIL report's definitions (chapter 4) and the words used
// throughout it, said in plain English. Fixed ids, so loading it again changes nothing.
import type { Prisma } from "../app/generated/prisma/client.ts";

type Writer = Pick<Prisma.TransactionClient, "glossaryTerm" | "glossaryTermVersion">;

export const demoGlossary = [
  {
    term: "Personalisation",
    explanation:
      "Care and support that starts with you as a person: what you are good at, what you like and what you want from life. You are at the centre of deciding what help you need and how and when you get it.",
  },
  {
    term: "Co-production",
    explanation:
      "People who use services and carers working as equals with the council to design, buy and run services. It values what people know from their own lives. In short: nothing about us without us.",
  },
  {
    term: "Personal Budget",
    explanation:
      "The amount of money the council agrees to spend on your care and support. You can take it as a Direct Payment, or ask the council or someone else to manage it for you.",
  },
  {
    term: "Direct Payment",
    explanation:
      "Money the council pays to you, instead of arranging services for you, so you can buy the support you choose. For example, you can employ your own Personal Assistant.",
  },
  {
    term: "Self-directed support",
    explanation: "A way of working where you decide what support you need and how it is given, with as much or as little help as you want.",
  },
  {
    term: "User Led Organisation",
    explanation:
      "An organisation run and controlled by the people it supports, such as disabled people or carers. Often called a ULO. A ULO manages this panel's pay and expenses.",
  },
  {
    term: "ULO",
    explanation: "Short for User Led Organisation: an organisation run and controlled by the people it supports, such as disabled people or carers.",
  },
  {
    term: "Personal Assistant",
    explanation: "Someone you employ, often with a Direct Payment, to help you in the ways you choose, at the times you choose. Often called a PA.",
  },
  {
    term: "Care Manager",
    explanation:
      "A council worker, such as a social worker, who assesses what care and support you need, helps plan it and checks it is working.",
  },
  {
    term: "Commissioning",
    explanation: "How the council decides which services people need, then plans them, pays for them and checks they work well.",
  },
  {
    term: "Independent Living",
    explanation:
      "Disabled people having the same choice, control and freedom as other people, at home, at work and in the community, with the support they need. It does not mean doing everything on your own.",
  },
  {
    term: "Social Model of Disability",
    explanation:
      "The idea that people are disabled by barriers in society, like steps, attitudes and hard-to-read letters, not by their impairment. Remove the barriers and people can take part.",
  },
  {
    term: "Self Operated Care",
    explanation: "Arranging and running your own care and support yourself, usually with a Direct Payment, instead of the council arranging it for you.",
  },
  {
    term: "Expert by experience",
    explanation:
      "Someone who knows about a service because they use it, or care for someone who does. The members of this panel are experts by experience.",
  },
] as const;

const termId = (index: number) => `00000000-0000-4000-8000-000000000${600 + index}`;
const versionId = (index: number) => `00000000-0000-4000-8000-000000000${650 + index}`;

/** Seeds a panel's glossary with the demo terms; each starts with one recorded version. */
export async function loadGlossaryDemo(tx: Writer, panelId: string): Promise<void> {
  for (const [index, { term, explanation }] of demoGlossary.entries()) {
    await tx.glossaryTerm.upsert({
      where: { id: termId(index) },
      create: { id: termId(index), panelId, term, explanation },
      update: {},
    });
    await tx.glossaryTermVersion.upsert({
      where: { id: versionId(index) },
      create: { id: versionId(index), termId: termId(index), term, explanation, editedById: null },
      update: {},
    });
  }
}

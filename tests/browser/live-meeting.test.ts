// The live meeting in real browsers, with the demo data: the chair runs the meeting and a member
// follows it in another browser (the item, the notes and the calm announcement reach them; their
// hand about access and an anonymous "I don't understand" reach the chair); two note-takers correct
// the same note at once and both texts are kept; and everything a person does in a meeting works
// with the keyboard alone (issue 5, "Tests": accessibility in a real browser).
import { describe, expect, it } from "vitest";
import { expectAccessible, useBrowser, waitForHydration } from "../support/browser.ts";
import {
  announced,
  button,
  buildDemoAgenda,
  demoItems,
  field,
  focused,
  liveStatus,
  openLive,
  personPage,
  tabTo,
} from "../support/live-browser.ts";
import { followFromHome } from "../support/journeys.ts";
import { useServerProcess } from "../support/server-process.ts";

const browser = useBrowser();
const server = useServerProcess();

describe("following a meeting live", () => {
  it("a member follows what the chair does, and the chair sees the member's hand and question", async () => {
    const { page: chair } = await personPage(browser(), server.url, "Alex Morgan");
    await buildDemoAgenda(chair);
    await followFromHome(chair, "View meeting");
    await chair.getByRole("link", { name: "Run the meeting live" }).click();
    await chair.getByRole("heading", { level: 1, name: "Panel meeting: day services and the care budget" }).waitFor();
    await waitForHydration(chair);
    await liveStatus(chair, /^Live$/);
    await expectAccessible(chair, "live-chair-before-start");

    const { page: member } = await personPage(browser(), server.url, "Priya Shah");
    await followFromHome(member, "View meeting");
    await member.getByRole("link", { name: "Follow the meeting live" }).click();
    await waitForHydration(member);
    await liveStatus(member, /^Live$/);
    const now = member.getByRole("region", { name: "Now", exact: true });
    await now.getByText("The meeting has not started yet.").waitFor();
    await expectAccessible(member, "live-member-before-start");

    // The chair starts the meeting and moves to the first item: the member's page follows.
    await chair.getByRole("button", { name: "Start the meeting live" }).click();
    await now.getByText("The meeting has started. The chair has not moved to the first item yet.").waitFor();
    await chair.getByRole("button", { name: `Move to this item (item 1: ${demoItems[0]})` }).click();
    await now.getByText(`Item 1: ${demoItems[0]}`).waitFor();
    await expect.poll(() => announced(member), { timeout: 15_000 }).toContain(`Now on item 1: ${demoItems[0]}.`);
    expect(await member.getByRole("button", { name: /Move to this item/ }).count()).toBe(0);

    // The chair adds a note with Enter: "Saved" for the chair, and the member reads it.
    const note = chair.getByLabel("The note");
    await note.fill("Members said the forms use words like 'assessment' without explaining them");
    await note.press("Enter");
    const chairsNote = chair.locator("li.app-live-note").filter({ hasText: "without explaining them" });
    await chairsNote.getByText("Saved").waitFor();
    expect(await note.inputValue()).toBe("");
    await member.locator("li.app-live-note").filter({ hasText: "without explaining them" }).waitFor();
    await expect.poll(() => announced(member), { timeout: 15_000 }).toContain("1 new note under item 1.");
    await expectAccessible(chair, "live-chair-note-saved");

    // Another member asks to speak first; Priya's hand is about access, so it goes ahead.
    const { page: jordan } = await personPage(browser(), server.url, "Jordan Ellis");
    await openLive(jordan);
    await jordan.getByRole("button", { name: "Ask to speak" }).click();
    await jordan.getByText("You are 1st in the queue.").waitFor();

    await member.getByLabel("I need to speak soon, it is about access").check();
    await member.getByRole("button", { name: "Ask to speak" }).click();
    await member.getByText("You are 1st in the queue. You said it is about access, so you are near the front.").waitFor();
    await jordan.getByText("You are 2nd in the queue.").waitFor();
    const understand = member.getByRole("form", { name: "I don't understand" });
    await understand.getByLabel("Do not show my name").check();
    await understand.getByRole("button", { name: "I don't understand" }).click();
    await member.getByText("We have told the chair you do not understand this item.").waitFor();
    await expectAccessible(member, "live-member-hand-up");

    const queue = chair.getByRole("region", { name: "Queue" });
    await queue.getByText("Someone (anonymous) does not understand the whole item").waitFor();
    const hands = await queue.locator("ol > li").allTextContents();
    expect(hands[0]).toMatch(/^Priya Shah\s*About access/);
    expect(hands[1]).toMatch(/^Jordan Ellis/);
    expect(await queue.getByText(/Priya Shah does not understand/).count()).toBe(0);
    await expectAccessible(chair, "live-chair-queue");

    // The chair calls Priya: her hand comes down and Jordan is next.
    await queue.getByRole("button", { name: "Call Priya Shah to speak" }).click();
    await jordan.getByText("You are 1st in the queue.").waitFor();
    await member.getByRole("button", { name: "Ask to speak" }).waitFor();
  });

  it("two note-takers correcting the same note at once both keep their words", async () => {
    const { page: officer } = await personPage(browser(), server.url, "Chris Jones");
    const { page: chair } = await personPage(browser(), server.url, "Alex Morgan");
    await openLive(officer);
    await openLive(chair);

    // While the officer writes, the chair sees who is writing where; it goes when the note is added.
    await officer.getByLabel("The note").fill("The council will check the forms with members");
    const writing = chair.getByRole("status").filter({ hasText: "is writing" });
    await writing.getByText(`Chris Jones is writing under item 1: ${demoItems[0]}.`).waitFor();
    await officer.getByRole("button", { name: "Add note" }).click();
    await expect.poll(() => writing.count()).toBe(0);
    const noteId = await chair.locator("li.app-live-note").filter({ hasText: "The council will check the forms with members" }).getAttribute("id");
    const inChair = chair.locator(`li#${noteId}`);
    const inOfficer = officer.locator(`li#${noteId}`);

    // Both start correcting the same version.
    await inChair.getByRole("button", { name: "Correct this note" }).click();
    await inOfficer.getByRole("button", { name: "Correct this note" }).click();
    await inOfficer.getByLabel("The note").fill("The council will check the forms with members before March");
    await inOfficer.getByRole("button", { name: "Save the correction" }).click();
    await inChair.getByText("Corrected by Chris Jones (version 2)").waitFor();

    // The chair saves second: nothing is overwritten, both versions are shown.
    await inChair.getByLabel("The note").fill("The council will check the forms with three members");
    await inChair.getByRole("button", { name: "Save the correction" }).click();
    const conflict = inChair.getByRole("group", { name: "Someone else saved a change while you were editing" });
    await conflict.getByText("Their version (saved by Chris Jones)").waitFor();
    await conflict.getByText("The council will check the forms with members before March").waitFor();
    await conflict.getByText("The council will check the forms with three members").first().waitFor();
    await expectAccessible(chair, "live-correction-conflict");

    // The chair combines the two and saves: every word of both is kept.
    await conflict.getByLabel("The note").fill("The council will check the forms with three members before March");
    await conflict.getByRole("button", { name: "Save my version" }).click();
    await inChair.getByText("Corrected by Alex Morgan (version 3)").waitFor();
    await inOfficer.getByText("The council will check the forms with three members before March").waitFor();

    await chair.reload();
    await waitForHydration(chair);
    await chair.locator(`li#${noteId}`).getByText("The council will check the forms with three members before March").waitFor();
    await chair.locator(`li#${noteId}`).getByText("Corrected by Alex Morgan (version 3)").waitFor();
    expect(await chair.getByText("Someone else saved a change").count()).toBe(0);
    await expectAccessible(chair, "live-correction-resolved");
  });

  it("everything a person does in the meeting works with the keyboard alone", async () => {
    const { page: member } = await personPage(browser(), server.url, "Grace Obi");
    await openLive(member);

    // Ask to speak about access: Tab to the checkbox, Space to tick it, Tab to the button, Enter.
    await tabTo(member, field("I need to speak soon, it is about access"));
    await member.keyboard.press(" ");
    expect(await member.getByLabel("I need to speak soon, it is about access").isChecked()).toBe(true);
    await tabTo(member, button("Ask to speak"));
    await member.keyboard.press("Enter");
    await member.getByText(/^You are \d(st|nd|rd|th) in the queue\. You said it is about access/).waitFor();

    // "I don't understand" a word, with Space on the button: the glossary's explanation shows there.
    await tabTo(member, field("Which word? (optional)"));
    await member.keyboard.type("co-production");
    await tabTo(member, button("I don't understand"));
    await member.keyboard.press(" ");
    await member.getByText(/^co-production: People who use services and carers working as equals with the council/).waitFor();
    expect((await focused(member)).text).toBe("I don't understand");
    await expectAccessible(member, "live-keyboard-member");

    // The chair adds a note and moves the meeting on, with the keyboard alone.
    const { page: chair } = await personPage(browser(), server.url, "Alex Morgan");
    await openLive(chair);
    await tabTo(chair, field("The note"));
    await chair.keyboard.type("Grace asked for the words to be explained");
    await chair.keyboard.press("Shift+Enter");
    await chair.keyboard.type("The chair explained them");
    await chair.keyboard.press("Enter");
    const added = chair.locator("li.app-live-note").filter({ hasText: "Grace asked for the words to be explained" });
    await added.getByText("Saved").waitFor();
    expect(await added.locator(".app-live-note__text").innerText()).toBe("Grace asked for the words to be explained\nThe chair explained them");
    expect((await focused(chair)).label).toBe("The note");

    const moveTo = `Move to this item (item 2: ${demoItems[1]})`;
    await tabTo(chair, button(moveTo));
    await chair.keyboard.press("Enter");
    await member.getByRole("region", { name: "Now", exact: true }).getByText(`Item 2: ${demoItems[1]}`).waitFor();
    await expect.poll(() => announced(member), { timeout: 15_000 }).toContain(`Now on item 2: ${demoItems[1]}.`);
    // Focus is not taken anywhere: it stays on the page, never jumps into the new item's notes.
    expect((await focused(member)).text).toBe("I don't understand");
    await expectAccessible(chair, "live-keyboard-chair");
  });
});

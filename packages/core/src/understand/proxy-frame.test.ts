import { describe, expect, it } from "vitest";

import { NO_PROXY, PRONOUN_PATIENT, proxyPatientOf, relativeIdOf } from "./proxy-frame";
import { readText } from "./read-text";

const patientOf = (text: string): number => proxyPatientOf(readText(text));

describe("the proxy frame: who the patient is when someone else types", () => {
  it("names the relative the writer writes or asks for", () => {
    expect(patientOf("My husband wants me to ask - he's been doing PT for his disc")).toBe(
      relativeIdOf("husband"),
    );
    expect(patientOf("My wife asked me to write this. She says her bottom is numb")).toBe(
      relativeIdOf("wife"),
    );
    expect(patientOf("Mum (she's the patient) is too embarrassed so I'm writing")).toBe(
      relativeIdOf("mum"),
    );
    expect(patientOf("Asking for my dad, he can't feel his bum")).toBe(relativeIdOf("father"));
    expect(patientOf("I'm the patient's wife. He had a melanoma")).toBe(PRONOUN_PATIENT);
  });

  it("names a relative shown as the one in therapy, after surgery, or with an age or a back", () => {
    expect(
      patientOf("Dad says both his feet are numb. He's doing physio for his lower back."),
    ).toBe(relativeIdOf("dad"));
    expect(patientOf("wife typing. husband had disc surgery 9 days ago. he's breathless")).toBe(
      relativeIdOf("husband"),
    );
    expect(patientOf("Gran (84) slid off the bed onto the floor")).toBe(relativeIdOf("gran"));
    // Therapy told as when the relative's symptom began, far from its subject.
    expect(
      patientOf(
        "My husband's right foot flops down when he walks now, started 3 days ago after PT, hasn't changed since.",
      ),
    ).toBe(relativeIdOf("husband"));
    // The name with "'s" and no "my" before it.
    expect(patientOf("Mum's been doing physio for her back. She can't lift her leg")).toBe(
      relativeIdOf("mum"),
    );
    expect(patientOf("My daughter has a temperature and her lower back is really sore")).toBe(
      relativeIdOf("daughter"),
    );
    // Their pain as they tell it.
    expect(
      patientOf("My wife has been in bed since yesterday, she says the pain is 10 out of 10"),
    ).toBe(relativeIdOf("wife"));
  });

  it("holds no frame when the writer is the patient", () => {
    expect(patientOf("My brother had cauda equina. I'm just sore after PT.")).toBe(NO_PROXY);
    expect(patientOf("My dad is doing physio for his back too. I'm just stiff.")).toBe(NO_PROXY);
    expect(
      patientOf("My wife is the one who had numbness last year. I'm the patient, just sore."),
    ).toBe(NO_PROXY);
    expect(patientOf("Husband says his legs are numb but he's not the patient lol")).toBe(NO_PROXY);
    expect(patientOf("My husband is typing this for me. His mum has numb legs")).toBe(NO_PROXY);
    expect(patientOf("Dad (70, on steroids) slipped. I'm fine, just stiff after PT.")).toBe(
      NO_PROXY,
    );
    expect(patientOf("she had numbness with her disc. Mine's just a sore back")).toBe(NO_PROXY);
    // (told to check the writer's own: not written for the relative)
    expect(
      patientOf("My husband has had trouble peeing for months and he told me to check mine"),
    ).toBe(NO_PROXY);
  });

  it("holds no frame for a relative's condition alone, without therapy, age or back", () => {
    expect(patientOf("My mum has sciatica and she has numb legs")).toBe(NO_PROXY);
    expect(patientOf("Yesterday she did the manipulation and I was sore")).toBe(NO_PROXY);
  });
});

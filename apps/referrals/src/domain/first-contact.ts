/**
 * The first contact when the person did not consent to be contacted, or asked not to be contacted
 * directly (pure rules). The organisation cannot call the person: it asks the owner desk to make
 * the first contact, and the desk hands the contact over when it has. The first-contact deadline of
 * such a referral starts at that hand-over, not at acceptance: the organisation is never late for
 * a call it was not allowed to make.
 */
export interface ContactFacts {
  consentToContact: boolean | null;
  doNotContact: boolean | null;
}

/** Whether the first contact goes through the desk (no consent, or "do not contact directly"). */
export function contactGoesThroughDesk(r: ContactFacts): boolean {
  return r.consentToContact === false || r.doNotContact === true;
}

/** Whether the first-contact deadline waits for the desk: through the desk, and not handed over yet. */
export function firstContactWaitsForDesk(r: ContactFacts & { contactHandedOverAt: Date | null }): boolean {
  return contactGoesThroughDesk(r) && r.contactHandedOverAt === null;
}

import { freePlace, takePlace } from './capacity';

describe('places of a service', () => {
  it('takes one place on accept, and the last one closes the service to new referrals', () => {
    expect(takePlace({ capacityStatus: 'capacity', capacityAvailable: 2, capacityMaximum: 5 })).toEqual({ places: { capacityStatus: 'capacity', capacityAvailable: 1, capacityMaximum: 5 }, took: true });
    expect(takePlace({ capacityStatus: 'waitlist', capacityAvailable: 1, capacityMaximum: 5 })).toEqual({ places: { capacityStatus: 'no-capacity', capacityAvailable: 0, capacityMaximum: 5 }, took: true });
  });

  it('refuses when none is left, and never counts for a service without numbers', () => {
    expect(takePlace({ capacityStatus: 'capacity', capacityAvailable: 0, capacityMaximum: 5 })).toBeNull();
    expect(takePlace({ capacityStatus: 'no-capacity', capacityAvailable: 0, capacityMaximum: 5 })).toBeNull();
    const unnumbered = { capacityStatus: 'capacity', capacityAvailable: null, capacityMaximum: null };
    expect(takePlace(unnumbered)).toEqual({ places: unnumbered, took: false });
    expect(freePlace(unnumbered)).toEqual(unnumbered);
  });

  it('puts the person on a waiting list without a place when none is free', () => {
    const full = { capacityStatus: 'waitlist', capacityAvailable: 0, capacityMaximum: 10 };
    expect(takePlace(full)).toEqual({ places: full, took: false });
  });

  it('frees a place up to the maximum, reopening a service it had closed', () => {
    expect(freePlace({ capacityStatus: 'no-capacity', capacityAvailable: 0, capacityMaximum: 5 })).toEqual({ capacityStatus: 'capacity', capacityAvailable: 1, capacityMaximum: 5 });
    expect(freePlace({ capacityStatus: 'capacity', capacityAvailable: 5, capacityMaximum: 5 })).toEqual({ capacityStatus: 'capacity', capacityAvailable: 5, capacityMaximum: 5 });
    // Closed by hand with places left: freeing one does not reopen it.
    expect(freePlace({ capacityStatus: 'no-capacity', capacityAvailable: 3, capacityMaximum: null })).toEqual({ capacityStatus: 'no-capacity', capacityAvailable: 4, capacityMaximum: null });
  });
});

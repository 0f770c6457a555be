import { CapacityStatus } from '@prossimo/contracts';
import { freePlace, takePlace } from './capacity';

describe('places of a service', () => {
  it('takes one place on accept, and the last one closes the service to new referrals', () => {
    expect(takePlace({ capacityStatus: CapacityStatus.CAPACITY, capacityAvailable: 2, capacityMaximum: 5 })).toEqual({ places: { capacityStatus: CapacityStatus.CAPACITY, capacityAvailable: 1, capacityMaximum: 5 }, took: true });
    expect(takePlace({ capacityStatus: CapacityStatus.WAITLIST, capacityAvailable: 1, capacityMaximum: 5 })).toEqual({ places: { capacityStatus: CapacityStatus.NO_CAPACITY, capacityAvailable: 0, capacityMaximum: 5 }, took: true });
  });

  it('refuses when none is left, and never counts for a service without numbers', () => {
    expect(takePlace({ capacityStatus: CapacityStatus.CAPACITY, capacityAvailable: 0, capacityMaximum: 5 })).toBeNull();
    expect(takePlace({ capacityStatus: CapacityStatus.NO_CAPACITY, capacityAvailable: 0, capacityMaximum: 5 })).toBeNull();
    const unnumbered = { capacityStatus: CapacityStatus.CAPACITY, capacityAvailable: null, capacityMaximum: null };
    expect(takePlace(unnumbered)).toEqual({ places: unnumbered, took: false });
    expect(freePlace(unnumbered)).toEqual(unnumbered);
  });

  it('puts the person on a waiting list without a place when none is free', () => {
    const full = { capacityStatus: CapacityStatus.WAITLIST, capacityAvailable: 0, capacityMaximum: 10 };
    expect(takePlace(full)).toEqual({ places: full, took: false });
  });

  it('frees a place up to the maximum, reopening a service it had closed', () => {
    expect(freePlace({ capacityStatus: CapacityStatus.NO_CAPACITY, capacityAvailable: 0, capacityMaximum: 5 })).toEqual({ capacityStatus: CapacityStatus.CAPACITY, capacityAvailable: 1, capacityMaximum: 5 });
    expect(freePlace({ capacityStatus: CapacityStatus.CAPACITY, capacityAvailable: 5, capacityMaximum: 5 })).toEqual({ capacityStatus: CapacityStatus.CAPACITY, capacityAvailable: 5, capacityMaximum: 5 });
    // Closed by hand with places left: freeing one does not reopen it.
    expect(freePlace({ capacityStatus: CapacityStatus.NO_CAPACITY, capacityAvailable: 3, capacityMaximum: null })).toEqual({ capacityStatus: CapacityStatus.NO_CAPACITY, capacityAvailable: 4, capacityMaximum: null });
  });
});

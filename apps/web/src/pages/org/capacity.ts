/** The capacity form's values as typed, and what is wrong with them (i18n keys under org.capacity.errors). */
export interface CapacityInput {
  available: string;
  maximum: string;
}

export interface CapacityErrors {
  available?: string;
  maximum?: string;
}

/** A whole number ≥ 0, or undefined when left empty; NaN when it is not one. */
export function parseCount(value: string): number | undefined {
  const text = value.trim();
  if (text === '') return undefined;
  if (!/^\d+$/.test(text)) return Number.NaN;
  return Number(text);
}

export function validateCapacity(input: CapacityInput): CapacityErrors {
  const errors: CapacityErrors = {};
  const available = parseCount(input.available);
  const maximum = parseCount(input.maximum);
  const check = (value: string, parsed: number | undefined): string | undefined => {
    if (parsed === undefined || !Number.isNaN(parsed)) return undefined;
    return /^\s*-/.test(value) ? 'negative' : 'notWhole';
  };
  errors.available = check(input.available, available);
  errors.maximum = check(input.maximum, maximum);
  if (!errors.available && !errors.maximum && available !== undefined && maximum !== undefined && available > maximum) {
    errors.available = 'overMaximum';
  }
  if (!errors.available) delete errors.available;
  if (!errors.maximum) delete errors.maximum;
  return errors;
}

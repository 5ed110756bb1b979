import { describe, expect, it } from 'vitest';
import { possessive } from '../../../shared/format';
import { viewOnlyReason } from '../../../shared/sync/editRights';

describe('possessive', () => {
  it("gives a name that ends in s the apostrophe alone: Northwind Labs', James'", () => {
    expect(possessive('Northwind Labs')).toBe("Northwind Labs'");
    expect(possessive('James')).toBe("James'");
    expect(possessive('Sales')).toBe("Sales'");
  });

  it("gives every other name 's: Product's, Mei Chen's, AWS's", () => {
    expect(possessive('Product')).toBe("Product's");
    expect(possessive('Mei Chen')).toBe("Mei Chen's");
    expect(possessive('AWS')).toBe("AWS's");
  });

  it('reads the name as people see it, without the spaces typed around it', () => {
    expect(possessive(' Platform ')).toBe("Platform's");
  });

  it('is how the view-only note names whose goals they are', () => {
    expect(viewOnlyReason({ kind: 'goals', ownerName: 'Northwind Labs', person: false })).toBe(
      "View only — Northwind Labs' goals are edited by its lead",
    );
  });
});

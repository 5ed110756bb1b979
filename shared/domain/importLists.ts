import { plainInline } from './importPreview';
import { TableReader } from './importTable';
import { boldOnly, type OutlineNode } from './markdownOutline';
import {
  COLUMN_HEADER,
  isKrLabelled,
  isKrMarked,
  isLinkOnly,
  isObjectiveMarked,
  liveChildren,
  objectiveLike,
} from './okrMarkers';
import { isBoldStatement } from './titleParts';

/**
 * Lists in an OKR file: which items are objectives (labelled, bold, over marked key results or
 * nested items), which are key results, and which are notes under a key result.
 */
export class ListReader extends TableReader {
  items(list: OutlineNode[], parent: number | null, inObjective: boolean): void {
    // A first item that names columns ("Key Result Owner(s) Score") says what its siblings are.
    let krsOnly = false;
    for (const it of list) {
      const plain = plainInline(it.text);
      if (COLUMN_HEADER.test(plain) || /^objectives?\s*\/\s*key results?\b/i.test(plain)) {
        this.skip(it, 'column headings');
        krsOnly = !/objective/i.test(plain);
        continue;
      }
      if (isLinkOnly(it.text)) {
        this.skip(it, 'a link, not an OKR');
        this.items(it.children, parent, inObjective);
        continue;
      }
      const krHome = (): number =>
        inObjective && parent !== null ? parent : (parent ?? this.orphanHome(it.line));
      if (krsOnly || isKrLabelled(plain)) {
        const home = krHome();
        if (this.addKr(home, it.text, it, it.checked)) this.krDetails(it, home);
        continue;
      }
      if (this.objectiveItem(it)) {
        const o = this.addObjective(it.text, it, parent, it.para.map(plainInline).join('\n\n'));
        if (o !== null) this.items(it.children, o, true);
        continue;
      }
      if (isKrMarked(it.text, plain) || it.checked !== null) {
        const home = krHome();
        if (this.addKr(home, it.text, it, it.checked)) this.krDetails(it, home);
        continue;
      }
      // "Line up this pipeline:" over a plain list: one key result whose list spells it out.
      const spelledOut =
        inObjective && /:$/.test(plain) && it.children.every((c) => !c.children.length);
      if (spelledOut && parent !== null) {
        if (this.addKr(parent, it.text, it, it.checked)) this.krDetails(it, parent);
        continue;
      }
      if (liveChildren(it).length) {
        const o = this.addObjective(it.text, it, parent, it.para.map(plainInline).join('\n\n'));
        if (o !== null) this.items(it.children, o, true);
        continue;
      }
      if (inObjective && parent !== null) {
        if (this.addKr(parent, it.text, it, it.checked)) this.krDetails(it, parent);
      } else this.addObjective(it.text, it, parent);
    }
  }

  /** Items nested in a key result: marked ones are more key results, objectives nest, the rest is its note. */
  krDetails(kr: OutlineNode, o: number): void {
    for (const c of kr.children) {
      if (c.kind !== 'item') continue;
      const plain = plainInline(c.text);
      const kr = isKrLabelled(plain) || c.checked !== null;
      if (!kr && (this.objectiveItem(c) || (!isKrMarked(c.text, plain) && objectiveLike(c))))
        this.items([c], o, false);
      else if (kr || isKrMarked(c.text, plain)) {
        if (this.addKr(o, c.text, c, c.checked)) this.krDetails(c, o);
      } else this.krNote(o, c);
    }
  }

  /** An item that says it is an objective: labelled, bold as a whole, or over marked key results. */
  objectiveItem(it: OutlineNode): boolean {
    const plain = plainInline(it.text);
    return (
      isObjectiveMarked(plain) ||
      boldOnly(it.text) !== null ||
      isBoldStatement(it.text) ||
      liveChildren(it).some((c) => isKrMarked(c.text, plainInline(c.text)))
    );
  }
}

import { nothing } from 'lit';
import { Directive, PartType, directive } from 'lit/directive.js';
import type { ElementPart, PartInfo } from 'lit/directive.js';

/**
 * Keeps a checkbox's live `checked` state in step with the element's state, whatever the visitor
 * clicked. Bind the attribute as well (`?checked=${on}`): a server render writes only that one — a
 * `.checked` property binding would be written as `checked="false"`, which every browser shows ticked.
 *
 * `<input type="checkbox" ?checked=${on} ${checkedState(on)}>`
 */
class CheckedState extends Directive {
  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ELEMENT) throw new Error('checkedState() belongs on an element');
  }

  render(_checked: boolean): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [checked]: [boolean]): typeof nothing {
    const input = part.element as HTMLInputElement;
    if (input.checked !== checked) input.checked = checked;
    return nothing;
  }
}

export const checkedState = directive(CheckedState);

// The floor: Lit alone (what any Lit element ships), with the decorators the GR elements use.
export { LitElement, html, css, nothing, svg } from 'lit';
export { property, state, query } from 'lit/decorators.js';
export { ifDefined } from 'lit/directives/if-defined.js';

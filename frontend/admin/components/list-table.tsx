import type { ComponentChildren } from "preact";

/**
 * A list screen's table: a header of the given columns, then one more, named for screen readers
 * only, over each row's buttons. `class="stack"` lays rows out as cards on a phone.
 */
export function ListTable({ columns, children }: { columns: string[]; children: ComponentChildren }) {
  return (
    <table class="stack">
      <thead>
        <tr>
          {columns.map((name) => (
            <th scope="col" key={name}>
              {name}
            </th>
          ))}
          <th scope="col">
            <span class="visually-hidden">Tindakan</span>
          </th>
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}

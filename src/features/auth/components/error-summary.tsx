import { Alert } from '#src/components/alert';

export type SummaryItem = { message: string; fieldId: string };

/** The form's problems in one announced list; each entry takes you to its field. */
export function ErrorSummary({ title, items }: { title: string; items: SummaryItem[] }) {
  return (
    <Alert tone="error" title={title}>
      <ul className="error-summary-list">
        {items.map((item) => (
          <li key={item.fieldId}>
            <a
              href={`#${item.fieldId}`}
              onClick={(event) => {
                // Focus the field itself; the router should not see a hash change.
                event.preventDefault();
                document.getElementById(item.fieldId)?.focus();
              }}
            >
              {item.message}
            </a>
          </li>
        ))}
      </ul>
    </Alert>
  );
}

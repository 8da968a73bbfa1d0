import { useId, type ReactNode } from 'react';
import './card.css';

type CardProps = {
  title: string;
  headingLevel?: 2 | 3;
  actions?: ReactNode;
  children: ReactNode;
};

export function Card({ title, headingLevel = 2, actions, children }: CardProps) {
  const headingId = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="card" aria-labelledby={headingId}>
      <header className="card-header">
        <Heading id={headingId} className="card-title">
          {title}
        </Heading>
        {actions && <div className="card-actions">{actions}</div>}
      </header>
      <div className="card-body">{children}</div>
    </section>
  );
}

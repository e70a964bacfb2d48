/**
 * A modal panel: Escape or the backdrop closes it, focus moves in on open, stays inside while
 * open (Tab wraps), and returns to where it was on close.
 */
import { useEffect, useRef, type ReactNode } from 'react';
import './modal.css';

const focusableSelector =
  'a[href], button:not([disabled]), input:not([disabled]), textarea:not([disabled]), select:not([disabled]), [tabindex]:not([tabindex="-1"])';

interface ModalProps {
  title: string;
  closeLabel: string;
  onClose: () => void;
  children: ReactNode;
  /** Extra attributes for tests and styling, e.g. `{ 'data-dialog': 'post' }`. */
  attributes?: Record<`data-${string}`, string>;
}

export function Modal({ title, closeLabel, onClose, children, attributes = {} }: ModalProps) {
  const panel = useRef<HTMLDivElement>(null);
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;

  useEffect(() => {
    const previouslyFocused = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    panel.current?.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.key === 'Escape') {
        event.preventDefault();
        onCloseRef.current();
        return;
      }
      if (event.key !== 'Tab' || panel.current === null) return;
      const focusable = [...panel.current.querySelectorAll<HTMLElement>(focusableSelector)];
      const first = focusable[0];
      const last = focusable[focusable.length - 1];
      if (first === undefined || last === undefined) return;
      if (event.shiftKey && document.activeElement === first) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && document.activeElement === last) {
        event.preventDefault();
        first.focus();
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      previouslyFocused?.focus();
    };
  }, []);

  return (
    <div className="modal-backdrop" onMouseDown={(event) => event.target === event.currentTarget && onClose()}>
      <div ref={panel} className="modal" role="dialog" aria-modal="true" aria-label={title} {...attributes}>
        <header className="modal-header">
          <h2>{title}</h2>
          <button type="button" data-action="close-dialog" data-autofocus onClick={onClose}>
            {closeLabel}
          </button>
        </header>
        <div className="modal-body">{children}</div>
      </div>
    </div>
  );
}

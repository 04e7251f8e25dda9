import { useEffect, useRef, useState, type FocusEvent, type RefObject } from "react";
import { useLocation } from "react-router";

/** Whether `target` is inside one of the elements. */
function within(areas: RefObject<Element | null>[], target: EventTarget | null): boolean {
  return target instanceof Node && areas.some((ref) => ref.current?.contains(target));
}

/**
 * Open/close state for a button that shows a panel (the header's menus): it closes on navigation,
 * on Escape (focus goes back to the button), and when the pointer or the focus goes anywhere outside
 * the button and `regions`. Put `onBlur` on an element around them.
 */
export function usePopover(...regions: RefObject<Element | null>[]) {
  const { pathname } = useLocation();
  const button = useRef<HTMLButtonElement>(null);
  // The page the panel was opened on: any navigation closes it, without an effect.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;
  const close = () => setOpenOn(null);
  const toggle = () => setOpenOn(open ? null : pathname);
  // The button and the regions, fixed on first render (refs are stable objects).
  const [areas] = useState(() => [button, ...regions]);

  useEffect(() => {
    if (!open) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      setOpenOn(null);
      button.current?.focus();
    };
    const onPointerDown = (event: PointerEvent) => {
      if (!within(areas, event.target)) setOpenOn(null);
    };
    document.addEventListener("keydown", onKeyDown);
    document.addEventListener("pointerdown", onPointerDown);
    return () => {
      document.removeEventListener("keydown", onKeyDown);
      document.removeEventListener("pointerdown", onPointerDown);
    };
  }, [open, areas]);

  const onBlur = (event: FocusEvent) => {
    if (open && event.relatedTarget instanceof Node && !within(areas, event.relatedTarget)) close();
  };

  return { open, close, toggle, button, onBlur };
}

import type { MouseEvent } from "react";
import { useNavigate } from "react-router";

/**
 * HTML the API rendered and sanitised (a job's description, a company's profile), as long text. A link in
 * it to a page of this site (a glossary term's, in a job description) opens in the app, without reloading.
 */
export function Prose({ html, className }: { html: string; className?: string }) {
  const navigate = useNavigate();
  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = (event.target as Element).closest("a");
    if (!link || link.target || link.origin !== window.location.origin) return;
    event.preventDefault();
    void navigate(`${link.pathname}${link.search}${link.hash}`);
  };
  return <div className={className ? `prose ${className}` : "prose"} onClick={onClick} dangerouslySetInnerHTML={{ __html: html }} />;
}

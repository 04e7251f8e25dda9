import { useState } from "react";

/** A company's logo, or its initial when there is none or it fails to load. */
export function CompanyLogo({ name, logoUrl, size = 48 }: { name: string; logoUrl: string | null; size?: number }) {
  const [failed, setFailed] = useState(false);
  const style = { width: size, height: size };
  if (logoUrl && !failed) {
    return (
      <img
        className="company-logo"
        src={logoUrl}
        alt=""
        width={size}
        height={size}
        style={style}
        loading="lazy"
        onError={() => setFailed(true)}
      />
    );
  }
  return (
    <span className="company-logo company-logo--initial" style={{ ...style, fontSize: size * 0.42 }} aria-hidden="true">
      {name.trim().charAt(0).toUpperCase() || "?"}
    </span>
  );
}

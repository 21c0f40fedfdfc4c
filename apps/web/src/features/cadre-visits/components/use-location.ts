import { useCallback, useEffect, useState } from 'react';

export type TFix = { lat: number; lng: number; accuracy: number };

/** The phone's position when the user permits it; the visit is recorded without one otherwise (and flagged). */
export function useLocation(wanted: boolean) {
  const [fix, setFix] = useState<TFix | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const locate = useCallback(() => {
    if (!('geolocation' in navigator)) return setError('geolocation unavailable');
    setBusy(true);
    navigator.geolocation.getCurrentPosition(
      (p) => {
        setFix({ lat: p.coords.latitude, lng: p.coords.longitude, accuracy: Math.round(p.coords.accuracy) });
        setError(null);
        setBusy(false);
      },
      (e) => {
        setError(e.message);
        setBusy(false);
      },
      { enableHighAccuracy: true, timeout: 15_000, maximumAge: 60_000 },
    );
  }, []);
  useEffect(() => {
    if (wanted) locate();
  }, [wanted, locate]);
  return { fix, error, busy, locate };
}

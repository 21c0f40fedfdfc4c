import { useEffect, useRef, useState, type PointerEvent } from 'react';
import { Button, Flex } from 'antd';

/** The words are the feature's: the pad is shared by the inspection's signature and the cadre's pledge. */
type TProps = { onSave: (png: Blob) => Promise<void>; saving: boolean; labels: { pad: string; clear: string; save: string } };

/** An on-screen signature: pointer events cover finger, pen and mouse alike. */
export function SignaturePad({ onSave, saving, labels }: TProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const drawing = useRef(false);
  const [empty, setEmpty] = useState(true);

  function clear() {
    const c = canvas.current;
    const g = c?.getContext('2d');
    if (!c || !g) return;
    // The server stores signatures as JPEG: a white ground keeps the strokes visible.
    g.fillStyle = '#fff';
    g.fillRect(0, 0, c.width, c.height);
    setEmpty(true);
  }

  // biome-ignore lint/correctness/useExhaustiveDependencies: sets the canvas up once, on mount
  useEffect(() => {
    const c = canvas.current;
    if (!c) return;
    const scale = window.devicePixelRatio || 1;
    c.width = c.clientWidth * scale;
    c.height = c.clientHeight * scale;
    const g = c.getContext('2d');
    if (!g) return;
    g.scale(scale, scale);
    g.lineWidth = 2.5;
    g.lineCap = 'round';
    g.lineJoin = 'round';
    g.strokeStyle = '#111';
    clear();
  }, []);

  const point = (e: PointerEvent<HTMLCanvasElement>) => {
    const rect = e.currentTarget.getBoundingClientRect();
    return [e.clientX - rect.left, e.clientY - rect.top] as const;
  };

  function down(e: PointerEvent<HTMLCanvasElement>) {
    const g = canvas.current?.getContext('2d');
    if (!g) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    drawing.current = true;
    const [x, y] = point(e);
    g.beginPath();
    g.moveTo(x, y);
  }

  function move(e: PointerEvent<HTMLCanvasElement>) {
    const g = canvas.current?.getContext('2d');
    if (!drawing.current || !g) return;
    const [x, y] = point(e);
    g.lineTo(x, y);
    g.stroke();
    setEmpty(false);
  }

  function save() {
    canvas.current?.toBlob((blob) => blob && void onSave(blob), 'image/png');
  }

  return (
    <Flex vertical gap={8}>
      <canvas
        ref={canvas}
        data-testid="signature-pad"
        aria-label={labels.pad}
        style={{ width: '100%', height: 160, border: '1px dashed #bbb', borderRadius: 6, touchAction: 'none', background: '#fff' }}
        onPointerDown={down}
        onPointerMove={move}
        onPointerUp={() => (drawing.current = false)}
        onPointerLeave={() => (drawing.current = false)}
      />
      <Flex gap={8} justify="flex-end">
        <Button onClick={clear}>{labels.clear}</Button>
        <Button type="primary" disabled={empty} loading={saving} onClick={save} data-testid="signature-save">
          {labels.save}
        </Button>
      </Flex>
    </Flex>
  );
}

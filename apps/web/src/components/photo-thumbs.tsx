import { Image, Space } from 'antd';

/** Thumbnails that open the full photo. */
export function PhotoThumbs({ urls }: { urls: { id: string; thumb: string; full: string }[] }) {
  if (urls.length === 0) return null;
  return (
    <Image.PreviewGroup>
      <Space wrap size={6}>
        {urls.map((u) => (
          <Image key={u.id} src={u.thumb} preview={{ src: u.full }} width={64} height={64} style={{ objectFit: 'cover', borderRadius: 4 }} />
        ))}
      </Space>
    </Image.PreviewGroup>
  );
}

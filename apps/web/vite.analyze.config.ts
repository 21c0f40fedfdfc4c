import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
export default defineConfig({
  root: '/work/main/apps/web',
  plugins: [react()],
  build: { outDir: '/tmp/dist-analyze', emptyOutDir: true, rolldownOptions: { output: { codeSplitting: { groups: [
    { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router|react-router-dom)[\\/]/ , priority: 30},
    { name: 'pro', test: /node_modules[\\/]@ant-design[\\/]pro-/, priority: 20 },
    { name: 'icons', test: /node_modules[\\/]@ant-design[\\/]icons/, priority: 20 },
    { name: 'antd', test: /node_modules[\\/](antd|rc-[^\\/]+|@rc-component|@ant-design)[\\/]/, priority: 10 },
    { name: 'misc', test: /node_modules/, priority: 1 },
  ] } } } },
});

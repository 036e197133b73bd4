import type { Root } from 'fumadocs-core/page-tree';
import { describe, expect, it } from 'vitest';
import { createSiteNavigation } from '@/lib/navigation';

const page = (name: string, url: string) => ({ type: 'page' as const, name, url });

// the site's shape: one root folder (the API) holding guides, a separator, two endpoint groups
const tree: Root = {
  name: 'root',
  children: [
    {
      type: 'folder',
      name: 'Wingfield Partner API',
      children: [
        page('Introduction', '/partner-api'),
        page('Authentication', '/partner-api/authentication'),
        { type: 'separator', name: 'Endpoints' },
        {
          type: 'folder',
          name: 'Booking',
          children: [page('List bookings', '/partner-api/booking/listBookings'), page('Delete booking', '/partner-api/booking/deleteBooking')],
        },
        {
          type: 'folder',
          name: 'Court',
          children: [page('List courts', '/partner-api/court/listCourts'), page('Get court', '/partner-api/court/getCourt')],
        },
      ],
    },
  ],
};

const methods = {
  '/partner-api/booking/listBookings': 'GET',
  '/partner-api/booking/deleteBooking': 'DELETE',
  '/partner-api/court/listCourts': 'GET',
  '/partner-api/court/getCourt': 'GET',
};

describe('createSiteNavigation', () => {
  it('lists the current group in full and links every other group to its first page', () => {
    const { items } = createSiteNavigation({ tree, url: '/partner-api/booking/deleteBooking', methods });
    expect(items).toEqual([
      { type: 'page', name: 'Introduction', url: '/partner-api' },
      { type: 'page', name: 'Authentication', url: '/partner-api/authentication' },
      { type: 'section', name: 'Endpoints' },
      {
        type: 'folder',
        name: 'Booking',
        url: '/partner-api/booking/listBookings',
        children: [
          { type: 'page', name: 'List bookings', url: '/partner-api/booking/listBookings', method: 'GET' },
          { type: 'page', name: 'Delete booking', url: '/partner-api/booking/deleteBooking', method: 'DELETE', current: true },
        ],
      },
      { type: 'folder', name: 'Court', url: '/partner-api/court/listCourts' },
    ]);
  });

  it('gives breadcrumb and previous/next across groups, with the endpoints\' methods', () => {
    const navigation = createSiteNavigation({ tree, url: '/partner-api/booking/deleteBooking', methods });
    expect(navigation.breadcrumb.map((item) => item.name)).toEqual(['Wingfield Partner API', 'Endpoints', 'Booking']);
    expect(navigation.previous).toEqual({ name: 'List bookings', url: '/partner-api/booking/listBookings', method: 'GET' });
    expect(navigation.next).toEqual({ name: 'List courts', url: '/partner-api/court/listCourts', method: 'GET' });
  });

  it('is plain JSON, the same after a round trip (a guide is hydrated from it)', () => {
    const navigation = createSiteNavigation({ tree, url: '/partner-api', methods });
    expect(JSON.parse(JSON.stringify(navigation))).toEqual(navigation);
    expect(navigation.previous).toBeUndefined();
    expect(navigation.items.filter((item) => item.type === 'folder').every((item) => !('children' in item))).toBe(true);
  });

  it('lists a long group only around the current page, so that pages do not grow with the group', () => {
    const pages = Array.from({ length: 200 }, (_, i) => page(`Op ${i}`, `/partner-api/repos/op-${i}`));
    const long: Root = {
      name: 'root',
      children: [{ type: 'folder', name: 'API', children: [{ type: 'folder', name: 'repos', children: pages }] }],
    };
    const children = (url: string) => {
      const [group] = createSiteNavigation({ tree: long, url, methods: {} }).items;
      return group.type === 'folder' ? group.children! : [];
    };
    const names = (items: ReturnType<typeof children>) => items.map((item) => (item.type === 'gap' ? `…${item.count}` : 'name' in item ? item.name : ''));
    expect(names(children('/partner-api/repos/op-100'))).toEqual([
      'Op 0', '…94', 'Op 95', 'Op 96', 'Op 97', 'Op 98', 'Op 99', 'Op 100', 'Op 101', 'Op 102', 'Op 103', 'Op 104', 'Op 105', '…93', 'Op 199',
    ]);
    expect(names(children('/partner-api/repos/op-0'))).toEqual([
      'Op 0', 'Op 1', 'Op 2', 'Op 3', 'Op 4', 'Op 5', 'Op 6', 'Op 7', 'Op 8', 'Op 9', 'Op 10', '…188', 'Op 199',
    ]);
    expect(children('/partner-api/repos/op-199')).toHaveLength(13);
  });
});

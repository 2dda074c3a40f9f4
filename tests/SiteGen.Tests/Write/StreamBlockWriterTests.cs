using System.Buffers;
using SiteGen.Write;

namespace SiteGen.Tests;

/// <summary>Large data files go to their stream a block at a time, byte for byte, as they are written.</summary>
public sealed class StreamBlockWriterTests
{
    [Fact]
    public void What_is_written_across_many_blocks_reaches_the_stream_in_order()
    {
        var expected = Enumerable.Range(0, 300_000).Select(i => (byte)(i * 7)).ToArray();
        using var stream = new MemoryStream();
        using (var writer = new StreamBlockWriter(stream.Write))
        {
            foreach (var piece in expected.Chunk(1_000))
            {
                writer.Write(piece);
            }

            stream.Length.ShouldBeGreaterThan(0, "full blocks are handed on before the end");
            stream.Length.ShouldBeLessThan(expected.Length, "the last block waits for Flush");
            writer.Flush();
            writer.Length.ShouldBe(expected.Length);
        }

        stream.ToArray().ShouldBe(expected);
    }

    [Fact]
    public void A_request_larger_than_a_block_gets_memory_that_size()
    {
        using var stream = new MemoryStream();
        using (var writer = new StreamBlockWriter(stream.Write))
        {
            writer.Write("ab"u8);
            var large = new byte[200_000];
            large.AsSpan().Fill(9);
            writer.GetSpan(large.Length).Length.ShouldBeGreaterThanOrEqualTo(large.Length);
            writer.Write(large);
            writer.Flush();
            stream.ToArray().ShouldBe([.. "ab"u8.ToArray(), .. large]);
        }
    }

    [Fact]
    public void Advancing_past_the_memory_handed_out_is_refused()
    {
        using var writer = new StreamBlockWriter(new MemoryStream().Write);
        var free = writer.GetMemory(10).Length;
        Should.Throw<ArgumentOutOfRangeException>(() => writer.Advance(free + 1));
    }
}
